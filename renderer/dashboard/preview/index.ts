/**
 * The admin's read-only previews of the wizard (issue 16, part 3). Each entry is a button that
 * opens its dialog; place either with one line.
 */
export { PersonPreviewButton, WizardPreviewButton } from './preview-buttons';
export { PersonPreviewDialog, WizardPreviewDialog } from './preview-dialogs';
