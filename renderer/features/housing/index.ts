/** What other features may use of housing: the colour of each unit status (the home widget's counts). */
export { STATUS_COLOURS } from './common/StatusBadge';
