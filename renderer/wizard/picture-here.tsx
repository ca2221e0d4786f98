import { StepPicture } from '../components/step-picture';
import { useAppStore } from '../store/store-context';
import { pictureOsFor, type PictureId, type PictureOs } from './pictures';

/** The step's picture for the computer ReadyRoom runs on (or the OS the person chose to see). */
export function PictureHere({ id, os }: { id: PictureId; os?: PictureOs }) {
  const platform = useAppStore((s) => s.info?.platform ?? 'linux');
  return <StepPicture id={id} os={os ?? pictureOsFor(platform)} />;
}
