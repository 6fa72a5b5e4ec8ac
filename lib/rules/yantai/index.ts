import { city } from '../city';
import { yantaiContributions } from './contribution';
import { yantaiEmployee2018 } from './employee-2018';
import { yantaiEmployee2024 } from './employee-2024';
import { yantaiResident2018 } from './resident-2018';
import { yantaiResident2024 } from './resident-2024';

// 2023 has no known rule: the official measures end on 2022-12-31 and the reports start in 2024.
export const yantai = city('yantai', '烟台', { employee: () => [yantaiEmployee2018(), yantaiEmployee2024()], resident: () => [yantaiResident2018(), yantaiResident2024()] }, [], yantaiContributions);
