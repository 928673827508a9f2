"use client";

import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";

/**
 * Connects to the Socket.IO sidecar with the session cookie and runs `onJoin`
 * after each (re)connect, so room subscriptions survive reconnects. Returns
 * whether the socket is connected; callers poll as a fallback when it is not.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useRealtime(url: string | undefined, onJoin: (socket: Socket) => void, handlers: Record<string, (payload: any) => void>) {
  const [connected, setConnected] = useState(false);
  const latest = useRef({ onJoin, handlers });
  latest.current = { onJoin, handlers };

  useEffect(() => {
    if (!url) return;
    const socket = io(url, { withCredentials: true, transports: ["websocket"], reconnectionDelayMax: 10_000 });
    socket.on("connect", () => {
      setConnected(true);
      latest.current.onJoin(socket);
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("connect_error", () => setConnected(false));
    const names = Object.keys(latest.current.handlers);
    for (const name of names) socket.on(name, (p: unknown) => latest.current.handlers[name]?.(p));
    return () => {
      socket.disconnect();
    };
  }, [url]);

  return connected;
}
