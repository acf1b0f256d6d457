/**
 * The supervisor acts: from the adviser card, from the context menu, on a
 * raised hand and on the centre (action bar); the engine's answer shows as a
 * notice and in the activity feed, and a refusal never stops the session.
 */
import { expect, test, type Page } from '@playwright/test';
import { clockSeconds, startDefault } from './helpers';

/** The first adviser in the list in one of these states (the simulation is paused, so it stays so). */
async function adviserIn(page: Page, states: readonly string[]) {
  const rows = page.getByTestId('adviser-list').locator('tbody tr[data-adviser-id]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const state = await row.locator('[data-state]').first().getAttribute('data-state');
    if (state && states.includes(state)) {
      const id = (await row.getAttribute('data-adviser-id'))!;
      const name = (await row.locator('td').first().textContent())!.replace(/^[A-Z]{1,3}\s*/, '').trim();
      return { row, id, name };
    }
  }
  throw new Error(`no adviser in ${states.join('/')}`);
}

test('sends an adviser on a break from the card; the activity feed shows it', async ({ page }) => {
  await startDefault(page);
  await page.getByTestId('pause').click();
  const { row, name } = await adviserIn(page, ['available', 'talking', 'hold', 'wrapUp']);
  await row.click();
  const card = page.getByTestId('adviser-card');
  await expect(card).toContainText(name);
  await expect(card.getByTestId('human-factors')).toContainText('Fatigue');
  await card.getByTestId('card-minutes-sendToBreak').fill('12');
  await card.getByTestId('card-action-sendToBreak').click();
  await expect(page.getByTestId('notice').filter({ hasText: name })).toContainText('Done');
  await expect(page.getByTestId('activity-feed')).toContainText(`${name} sent on a break, 12 min.`);
  // Now on a break (or planned after the contact): the card no longer offers another break.
  await expect(card.getByTestId('card-action-sendToBreak')).toHaveAttribute('aria-disabled', 'true');
});

test('a refused command shows a readable reason and the session carries on', async ({ page }) => {
  await startDefault(page);
  await page.getByTestId('pause').click();

  // An action that makes no sense now is disabled in the context menu, and says why.
  const idle = await adviserIn(page, ['available']);
  await page.getByTestId(`row-menu-${idle.id}`).click();
  const menu = page.getByTestId('adviser-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByTestId('menu-action-whisper')).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByTestId('menu-action-whisper')).toHaveAttribute('title', /live contact/);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  // From the keyboard: the context-menu shortcut on a focused row, arrows inside, Escape out.
  await idle.row.focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByTestId('menu-open-card')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByTestId('menu-action-coach')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(idle.row).toBeFocused();

  // The engine refuses what it cannot do: cancelling a break when none is left planned.
  await page.locator(`tbody tr[data-adviser-id="a01"]`).click();
  const card = page.getByTestId('adviser-card');
  // The card's sections open from the keyboard too.
  await card.getByText('Planned breaks').focus();
  await page.keyboard.press('Enter');
  const refused = page.locator('[data-testid="notice"][data-tone="rejected"]').first();
  for (let i = 0; i < 5 && !(await refused.count()); i++) {
    await card.getByTestId('card-action-cancelBreak').click();
    await expect(page.getByTestId('notice').last()).toBeVisible();
  }
  await expect(refused).toContainText('Refused');
  await expect(refused).toContainText('has no break planned');
  await expect(page.getByTestId('activity-feed')).toContainText(/rejected \(.*has no break planned/);

  // The session goes on.
  const before = await clockSeconds(page);
  await page.getByTestId('play').click();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('error-panel')).toBeHidden();
});

test('the action bar opens the overflow group', async ({ page }) => {
  await startDefault(page, '?scenario=training/multichannel-tuesday.json');
  const bar = page.getByTestId('action-bar');
  const toggle = bar.getByTestId('overflow-toggle-outsourcer');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(bar.getByTestId('overflow-status-outsourcer')).toHaveAttribute('data-open', 'true');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('activity-feed')).toContainText('Overflow to Prestataire Atlantique opened.');
  // A skill chip dropped on an adviser (here on their row in the list) adds that skill at 50 %.
  await page.getByTestId('pause').click();
  const row = page.locator('tr[data-adviser-id="a01"]');
  await expect(row).not.toContainText('Emails');
  await page.getByTestId('skill-chip-email').dragTo(row);
  await expect(row).toContainText('Emails 50%');
  await expect(page.getByTestId('activity-feed')).toContainText("skills changed.");
  // The dialer override asks for confirmation and warns that it breaks the law.
  await bar.getByTestId('bar-dialer').click();
  await bar.getByTestId('dialer-ask-outbound').click();
  await expect(bar.getByRole('alert')).toContainText('breaks French law');
});

test('a raised hand pops up with a countdown and one-click answers', async ({ page }) => {
  await startDefault(page);
  // The first hand of this seeded day goes up at 08:36: get close fast, then slow down to catch it.
  await page.getByTestId('speed').selectOption('120');
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(8 * 3600 + 33 * 60);
  await page.getByTestId('speed').selectOption('15');
  const hands = page.locator('[data-testid^="hand-a"]');
  // A hand lasts about 90 simulated seconds (6 s of wall time at 15×): pause as soon as one shows.
  for (let attempt = 0; attempt < 4 && (await hands.count()) === 0; attempt++) {
    await page.getByTestId('play').click();
    await hands.first().waitFor({ state: 'visible', timeout: 40_000 });
    await page.getByTestId('pause').click();
  }
  const hand = hands.first();
  await expect(hand.locator('[data-testid^="hand-countdown-"]')).toHaveText(/^\d:\d\d$/);
  const id = (await hand.getAttribute('data-testid'))!.slice('hand-'.length);
  // The floor's list mirror marks the raised hand too.
  await expect(page.locator(`tr[data-adviser-id="${id}"] .row-hand`)).toBeVisible();
  await hand.getByRole('button', { name: 'Whisper' }).click();
  // Whispering needs the customer off hold and the hand still up: either it is done, or the engine says why not.
  const notice = page.getByTestId('notice').last();
  await expect(notice).toBeVisible();
  if ((await notice.getAttribute('data-tone')) === 'applied') await expect(page.getByTestId('supervisor-state')).toHaveAttribute('data-state', 'whispering');
  else await expect(notice).toContainText(/on hold|not on a contact|not raised a hand/);
});
