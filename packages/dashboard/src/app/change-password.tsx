// "Ubah kata sandi" from the user menu. The dialog and the write-form kit it uses are their own
// chunk (change-password-dialog.tsx), fetched when the dialog is opened: no first page shows it,
// and the initial bundle is what Ringkasan's first visit downloads.
import { lazy, Suspense } from 'react';

const Dialog = lazy(async () => ({ default: (await import('./change-password-dialog')).ChangePasswordDialog }));

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <Dialog onClose={onClose} />
    </Suspense>
  );
}
