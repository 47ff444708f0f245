'use client';
// Registers the elements in the browser and hears the kit's events through a ref: a server
// component cannot hand a function to an element.
import 'onward-elements/rejection-support.js';
import { useEffect, useRef, useState } from 'react';

export function Kit({ children }) {
  const ref = useRef(null);
  const [log, setLog] = useState('nothing ticked yet');
  useEffect(() => {
    const el = ref.current;
    const onChange = (e) => setLog(`${e.detail.id}: ${e.detail.checked ? 'ticked' : 'unticked'}`);
    el.addEventListener('onward-change', onChange);
    return () => el.removeEventListener('onward-change', onChange);
  }, []);
  return (
    <>
      <div ref={ref}>{children}</div>
      <p id="log">{log}</p>
    </>
  );
}
