import { authFile, ROLES, test as setup } from './fixtures';

// Signs in once per demo role and saves the session; specs start signed in with
// `test.use({ role: 'owner' })` instead of going through the form every time.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.context().storageState({ path: authFile(role) });
  });
}
