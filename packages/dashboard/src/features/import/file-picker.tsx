import { type DragEvent, useId, useRef, useState } from 'react';
import { formatFileSize } from '../../lib/format';
import { type MessageKey, useTranslation } from '../../lib/i18n';

/** The API refuses larger uploads before reading them (packages/api import.schema.ts, MAX_IMPORT_BYTES). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** What is wrong with a file before it is sent, or null: saying it here saves uploading 64 MB for nothing. */
export function fileProblem(file: Pick<File, 'size'>): MessageKey | null {
  if (file.size === 0) return 'import.file.empty';
  if (file.size > MAX_IMPORT_BYTES) return 'import.file.tooLarge';
  return null;
}

interface FilePickerProps {
  file: File | null;
  onChange: (file: File) => void;
  disabled?: boolean;
}

/**
 * Step 2: a file input dressed as a drop zone. The input itself takes focus and opens the
 * browser's file dialog with Enter or Space, so the keyboard needs nothing the mouse has not.
 */
export function FilePicker({ file, onChange, disabled = false }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const take = (picked: File | undefined) => {
    if (!picked) return;
    const wrong = fileProblem(picked);
    setProblem(wrong);
    if (!wrong) onChange(picked);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) take(e.dataTransfer.files[0]);
  };

  return (
    <div className="stack import-file">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is the mouse's shortcut; the input inside serves the keyboard. */}
      <div
        className={['import-drop', dragging ? 'import-drop--over' : '', file ? 'import-drop--chosen' : ''].join(' ').trim()}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          id={id}
          type="file"
          className="import-drop__input"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          onChange={(e) => {
            take(e.target.files?.[0]);
            // The same file chosen again (after fixing it in Excel) must fire onChange again.
            e.target.value = '';
          }}
        />
        <label htmlFor={id} className="import-drop__label">
          {file ? (
            <>
              <span className="import-drop__name">{file.name}</span>
              <span className="import-drop__meta">{formatFileSize(file.size)}</span>
              <span className="button button--light import-drop__button">{t('import.file.change')}</span>
            </>
          ) : (
            <>
              <span className="import-drop__title">{t('import.file.drop')}</span>
              <span className="button import-drop__button">{t('import.file.choose')}</span>
            </>
          )}
        </label>
        <p id={`${id}-hint`} className="import-drop__hint">
          {t('import.file.hint', { max: formatFileSize(MAX_IMPORT_BYTES) })}
        </p>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="import-problem" role="alert">
          {t(problem, { max: formatFileSize(MAX_IMPORT_BYTES) })}
        </p>
      )}
    </div>
  );
}
