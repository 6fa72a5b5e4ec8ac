import { EstimatorPage } from '@/components/estimator/EstimatorPage';
import { HOME_PRESET } from '@/components/presets';

export default function HomePage() {
  return <EstimatorPage heading="医保报销估算" preset={HOME_PRESET} />;
}
