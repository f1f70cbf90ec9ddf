import { useEffect, useRef, useState } from 'react';
import { type CallMessage, callAnnouncement } from './board-state.js';

/** The two notes of the chime (a falling major third, as in stations), each this long. */
const CHIME = [
  { hz: 880, seconds: 0.55 },
  { hz: 698.46, seconds: 0.9 },
];

function playChime(audio: AudioContext): Promise<void> {
  let start = audio.currentTime + 0.05;
  for (const note of CHIME) {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = note.hz;
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.5, start + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + note.seconds);
    tone.connect(volume).connect(audio.destination);
    tone.start(start);
    tone.stop(start + note.seconds);
    start += note.seconds * 0.8;
  }
  return new Promise((resolve) => setTimeout(resolve, (start - audio.currentTime) * 1000));
}

const vietnameseVoice = () => globalThis.speechSynthesis?.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('vi'));

function speak(text: string, voice: SpeechSynthesisVoice): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}

export interface Announcer {
  /** The browser holds sound back until someone touches the page (its autoplay rule): the board asks for that touch once. */
  soundBlocked: boolean;
  enableSound(): void;
  /** Whether the browser has a Vietnamese voice; without one the board only chimes. */
  speaks: boolean;
  announce(call: CallMessage): void;
}

/** The board's chime and spoken calls, one call after the other however fast they come. */
export function useAnnouncer(): Announcer {
  const audio = useRef<AudioContext | null>(null);
  const queue = useRef(Promise.resolve());
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [voice, setVoice] = useState(vietnameseVoice);

  useEffect(() => {
    const context = new AudioContext();
    audio.current = context;
    const noticeState = () => setSoundBlocked(context.state === 'suspended');
    noticeState();
    context.addEventListener('statechange', noticeState);
    // Voices load after the page on some browsers: the list changes then.
    const voicesChanged = () => setVoice(vietnameseVoice());
    globalThis.speechSynthesis?.addEventListener('voiceschanged', voicesChanged);
    return () => {
      context.removeEventListener('statechange', noticeState);
      globalThis.speechSynthesis?.removeEventListener('voiceschanged', voicesChanged);
      void context.close();
    };
  }, []);

  return {
    soundBlocked,
    enableSound: () => void audio.current?.resume(),
    speaks: voice !== undefined,
    announce(call) {
      queue.current = queue.current.then(async () => {
        const context = audio.current;
        if (context?.state === 'running') await playChime(context);
        if (voice) await speak(callAnnouncement(call), voice);
      });
    },
  };
}
