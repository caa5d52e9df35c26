import { getDocument } from "@mlsd/catalog";
import { useEffect, useRef, useState } from "react";
import { designSvg, svgDataUrl } from "../../lib/thumbnail.js";

const cache = new Map<string, Promise<string>>();

const thumbnail = (id: string, theme: "light" | "dark") => {
  const key = `${id}|${theme}`;
  let url = cache.get(key);
  if (!url) {
    url = getDocument(id).then((doc) => svgDataUrl(designSvg(doc, theme)));
    cache.set(key, url);
  }
  return url;
};

/** Drawn only once the card scrolls into view, so the gallery opens fast. */
export const Thumbnail = ({ id, title, theme }: { id: string; title: string; theme: "light" | "dark" }) => {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [src, setSrc] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      rootMargin: "200px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!visible) return;
    let live = true;
    thumbnail(id, theme).then(
      (url) => live && setSrc(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [visible, id, theme]);
  return (
    <div ref={ref} className="thumbnail">
      {src ? (
        // The whole design, every stage, scaled to the card.
        <img src={src} alt={`Diagram of ${title}`} />
      ) : (
        <span className="thumbnail-placeholder">{failed ? "No preview" : ""}</span>
      )}
    </div>
  );
};
