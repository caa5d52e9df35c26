/** Only http(s) addresses become links; anything else (javascript:, data:, …) is dropped. */
export const safeHref = (url: string | undefined): string | undefined =>
  typeof url === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
