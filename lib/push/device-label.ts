/**
 * "Chrome on Android" from a User-Agent header: enough for a person to tell
 * their devices apart, and nothing more is kept (the full string fingerprints).
 */
export function deviceLabel(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = [
    [/Edg(A|iOS)?\//, "Edge"],
    [/SamsungBrowser\//, "Samsung Internet"],
    [/OPR\/|Opera/, "Opera"],
    [/Firefox\/|FxiOS\//, "Firefox"],
    [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
    [/Safari\//, "Safari"],
  ] as const;
  const system = [
    [/Android/, "Android"],
    [/iPhone/, "iPhone"],
    [/iPad/, "iPad"],
    [/Windows/, "Windows"],
    [/Mac OS X|Macintosh/, "Mac"],
    [/CrOS/, "ChromeOS"],
    [/Linux/, "Linux"],
  ] as const;
  const name = browser.find(([pattern]) => pattern.test(userAgent))?.[1];
  const os = system.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!name && !os) return null;
  return [name ?? "A browser", os].filter(Boolean).join(" on ");
}
