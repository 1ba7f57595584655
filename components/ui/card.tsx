import type { HTMLAttributes } from "react";

const PADDING = { none: "", sm: "p-4", md: "p-5", lg: "p-6" } as const;

export type CardPadding = keyof typeof PADDING;

/**
 * The white, bordered panel every page groups its content in, as a class for elements that cannot be a Card
 * (a link, a <details>). `className` adds layout (grid spans, responsive padding) on top.
 */
export function cardClass({
  padding = "md",
  shadow = false,
  className,
}: {
  padding?: CardPadding;
  shadow?: boolean;
  className?: string;
} = {}): string {
  return ["rounded-xl border border-stone-200 bg-white", PADDING[padding], shadow ? "shadow-sm" : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** A white, bordered panel; `as` keeps the right element (a section with a heading, a list item …). */
export function Card({
  as: Element = "div",
  padding,
  shadow,
  className,
  ...rest
}: {
  as?: "div" | "section" | "article" | "aside" | "li";
  padding?: CardPadding;
  shadow?: boolean;
} & HTMLAttributes<HTMLElement>) {
  return <Element className={cardClass({ padding, shadow, className })} {...rest} />;
}
