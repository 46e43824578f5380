import { expect, type Locator, type Page } from '@playwright/test';

/** The annual plan (Gantt) as the cluster head sees it. */
export class PlanPage {
  readonly initiatives: Locator;
  readonly bars: Locator;
  readonly months: Locator;

  constructor(readonly page: Page) {
    this.initiatives = page.getByTestId('gantt-initiative');
    this.bars = page.getByTestId('gantt-bar');
    this.months = page.getByTestId('gantt-month');
  }

  async open() {
    await this.page.getByTestId('nav-plan').click();
    await expect(this.page.getByTestId('gantt')).toBeVisible();
  }

  bar(name: string): Locator {
    return this.bars.filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  /** Left and right edges of a month's column header. */
  async monthEdges(month: string): Promise<{ left: number; right: number }> {
    const box = await this.months.and(this.page.locator(`[data-month="${month}"]`)).boundingBox();
    if (!box) throw new Error(`No column for ${month}`);
    return { left: box.x, right: box.x + box.width };
  }

  async columnWidth(): Promise<number> {
    const box = await this.months.first().boundingBox();
    return box?.width ?? 0;
  }

  /** Drags a bar (or one of its ends) by a number of month columns with the mouse. */
  async drag(name: string, months: number, part: 'bar' | 'start' | 'end' = 'bar') {
    const bar = this.bar(name);
    const target = part === 'bar' ? bar : bar.getByTestId(part === 'start' ? 'bar-handle-start' : 'bar-handle-end');
    const box = await target.boundingBox();
    if (!box) throw new Error(`No bar ${name}`);
    const width = await this.columnWidth();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 5; i++) await this.page.mouse.move(x + (width * months * i) / 5, y);
    await this.page.mouse.up();
  }

  async span(name: string): Promise<[string | null, string | null]> {
    const bar = this.bar(name);
    return [await bar.getAttribute('data-start'), await bar.getAttribute('data-end')];
  }
}
