import { useEffect, useState } from 'react';
import { useI18n } from '../shared/i18n.js';

/** The room's clock on a device's screen, to the minute. */
export function Clock({ className }: { className: string }) {
  const { language } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className={className}>
      <time dateTime={now.toISOString()}>{now.toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}</time>
    </p>
  );
}
