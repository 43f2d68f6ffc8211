import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../lib/i18n';
import { useAuth, useViewer } from './auth';
import { ChangePasswordDialog } from './change-password';

/** Who is signed in, with their role, and Keluar; a small disclosure menu in the header. */
export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const role = t(`role.${viewer.role}`);
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(viewer.displayName)}
        </span>
        <span className="user-menu__who">
          <span className="user-menu__name">{viewer.displayName}</span>
          <span className="user-menu__role">{role}</span>
        </span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__detail">
          <strong>{viewer.displayName}</strong>
          <span>{role}</span>
          <span className="user-menu__username">{t('user.signedInAs', { username: viewer.username })}</span>
        </p>
        <button
          type="button"
          className="button button--secondary user-menu__password"
          onClick={() => {
            setOpen(false);
            setChangingPassword(true);
          }}
        >
          {t('account.password.open')}
        </button>
        <button
          type="button"
          className="button button--secondary user-menu__logout"
          disabled={leaving}
          onClick={async () => {
            setLeaving(true);
            await signOut();
          }}
        >
          {t('user.logout')}
        </button>
      </div>
      {changingPassword && (
        <ChangePasswordDialog
          onClose={() => {
            setChangingPassword(false);
            // The menu item that opened the dialog is hidden again: focus goes back to the menu button.
            setTimeout(() => button.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}

/** "Wali Kota Palembang" → "WP": two letters for the round badge. */
export function initials(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w));
  const picked = words.length > 2 ? [words[0], words.at(-1)] : words;
  return picked
    .map((w) => w?.[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 2);
}
