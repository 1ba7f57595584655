import type { HTMLAttributes } from "react";

const PADDING = { none: "", sm: "p-4", md: "p-5", lg: "p-6" } as const;

/**
 * plain: content; missing: a place where a result would be but is not (dashed); notice: something to act on or
 * be careful with (amber); quiet: remarks beside the results.
 */
const TONE = {
  plain: "border-stone-200 bg-white",
  missing: "border-dashed border-stone-300 bg-white",
  notice: "border-amber-300 bg-amber-50",
  quiet: "border-stone-300 bg-stone-100",
} as const;

export type CardPadding = keyof typeof PADDING;
export type CardTone = keyof typeof TONE;

/**
 * The bordered panel every page groups its content in (white unless a tone says otherwise), as a class for elements that cannot be a Card
 * (a link, a <details>). `className` adds layout (grid spans, responsive padding) on top.
 */
export function cardClass({
  padding = "md",
  tone = "plain",
  shadow = false,
  className,
}: {
  padding?: CardPadding;
  tone?: CardTone;
  shadow?: boolean;
  className?: string;
} = {}): string {
  return ["rounded-xl border", TONE[tone], PADDING[padding], shadow ? "shadow-sm" : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** A bordered panel; `as` keeps the right element (a section with a heading, a list item …). */
export function Card({
  as: Element = "div",
  padding,
  tone,
  shadow,
  className,
  ...rest
}: {
  as?: "div" | "section" | "article" | "aside" | "li";
  padding?: CardPadding;
  tone?: CardTone;
  shadow?: boolean;
} & HTMLAttributes<HTMLElement>) {
  return <Element className={cardClass({ padding, tone, shadow, className })} {...rest} />;
}
