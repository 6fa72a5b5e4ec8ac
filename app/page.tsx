import { EstimatorPage } from '@/components/EstimatorPage';

export default function HomePage() {
  return <EstimatorPage heading="医保报销估算" />;
}
