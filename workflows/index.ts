export { conversation } from './conversation.workflow';
export { auditArchiver } from './audit-archiver.workflow';
export { assignmentRouter } from './assignment-router.workflow';
