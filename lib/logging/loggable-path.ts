/*
 * The path a log line may carry. The query string goes (search text can hold a
 * name; links can carry tokens), and so does any path segment that looks like a
 * secret: invitation links and calendar feeds put their token in the path
 * (/invite/<token>, /api/v1/calendar/<token>.ics). Record ids (cuid, 25
 * characters) stay, so an operator can follow a request; tokens are 32+ characters.
 */
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{32,}(\.[a-z]{2,5})?$/;
/** Parents whose child segment is a secret, whatever its length. */
const SECRET_PARENTS = new Set(["invite", "calendar", "reset-password", "unsubscribe"]);
const REDACTED = ":redacted";

export function loggablePath(url: string | undefined): string {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  const path = end === -1 ? raw : raw.slice(0, end);
  const segments = path.split("/");
  return segments
    .map((segment, index) => {
      const parent = index > 0 ? segments[index - 1]! : "";
      return segment !== "" && (TOKEN_SEGMENT.test(segment) || SECRET_PARENTS.has(parent)) ? REDACTED : segment;
    })
    .join("/")
    .slice(0, 300);
}
