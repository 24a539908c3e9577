import { RecordLoading } from "../_components/section-skeleton";

export default function Loading() {
  return <RecordLoading label="the alerts" />;
}
