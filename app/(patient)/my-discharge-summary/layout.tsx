// Pages here save through react-query (components/providers/query-layout.tsx).
export { default } from "@/components/providers/query-layout";
