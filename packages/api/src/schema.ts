// The GraphQL schema: every module registers its types on the builder when imported.
import { builder } from './builder.js';
import './modules/common/errors.schema.js';
import './modules/auth/auth.schema.js';
import './modules/region/region.schema.js';
import './modules/indicator/indicator.schema.js';
import './modules/target/target.schema.js';
import './modules/organisation/organisation.schema.js';
import './modules/budget/budget.schema.js';
import './modules/program/program.schema.js';
import './modules/report/report.schema.js';
import './modules/poverty/poverty.schema.js';
import './modules/extreme-poverty/extreme-poverty.schema.js';
import './modules/workforce/workforce.schema.js';
import './modules/priority/priority.schema.js';
import './modules/rakor/rakor.schema.js';
import './modules/overview/overview.schema.js';
import './modules/household/household.schema.js';
import './modules/targeting/targeting.schema.js';
import './modules/health/health.schema.js';

export const schema = builder.toSchema({ sortSchema: true });
