export { conversation } from './conversation.workflow';
