import type { FilledEntry } from '@motcua/core';
import { useId } from 'react';
import { useI18n } from '../i18n.js';
import { declarationTexts as texts } from './texts.js';

/** The answers of a filled declaration: every one under its label, repeating groups item by item. */
export function DeclarationEntries({ entries }: { entries: readonly FilledEntry[] }) {
  const { language } = useI18n();
  return (
    <dl className="facts">
      {entries.map((entry) =>
        'text' in entry ? (
          <div key={entry.code}>
            <dt>{entry.label[language]}</dt>
            <dd>{entry.text[language]}</dd>
          </div>
        ) : (
          <div key={entry.code}>
            <dt>{entry.label[language]}</dt>
            <dd>
              {entry.items.map((item) => (
                <dl key={item.label.vi} className="facts declaration-item">
                  <div>
                    <dt>{item.label[language]}</dt>
                    <dd>{item.entries.map((answer) => `${answer.label[language]}: ${answer.text[language]}`).join('; ')}</dd>
                  </div>
                </dl>
              ))}
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}

/** A filled declaration as data, on a card of its own, with where to print it, if given. */
export function DeclarationView({ title, entries, printHref }: { title: string; entries: readonly FilledEntry[]; printHref?: string }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="card declaration-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <DeclarationEntries entries={entries} />
      {printHref && (
        <p>
          <a href={printHref} download>
            {t(texts.printDeclaration)}
          </a>
        </p>
      )}
    </section>
  );
}
