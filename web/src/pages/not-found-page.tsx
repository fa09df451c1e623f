import { PageHeading } from '../components/page-heading.tsx';
import { paths } from '../router/routes.ts';
import { Link } from '../router/router.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>
        There is no page at this address, or your role does not open it. Go back to <Link to={paths.caseload()}>the caseload</Link>.
      </p>
    </>
  );
}
