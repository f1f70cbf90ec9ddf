import { useI18n } from '../../shared/i18n.js';
import { kioskTexts as texts } from './texts.js';

/**
 * Keys on the screen, big enough for a finger: a kiosk has no keyboard. Each key adds its
 * character; the last two erase one or all.
 */
export function Keypad({ keys, onKey, onErase, onClear }: { keys: readonly string[]; onKey(key: string): void; onErase(): void; onClear(): void }) {
  const { t } = useI18n();
  return (
    <div className="kiosk-keypad" role="group" aria-label={t(texts.keypad)}>
      {keys.map((key) => (
        <button key={key} type="button" className="kiosk-key" onClick={() => onKey(key)}>
          {key}
        </button>
      ))}
      <button type="button" className="kiosk-key kiosk-key-wide" onClick={onErase} aria-label={t(texts.erase)}>
        ⌫
      </button>
      <button type="button" className="kiosk-key kiosk-key-wide" onClick={onClear}>
        {t(texts.clear)}
      </button>
    </div>
  );
}
