/**
 * A menu whose dropdown is made only when it is first opened: a plan of 30 initiatives has a menu per
 * initiative and per lane, and making them all up front held the page for over half a second.
 */
import { Menu } from '@mantine/core';
import { cloneElement, useState, type MouseEvent, type ReactElement, type ReactNode } from 'react';

export function OnDemandMenu({ target, children }: { target: ReactElement<{ onClick?: (e: MouseEvent) => void }>; children: ReactNode }) {
  const [made, setMade] = useState(false);
  const [opened, setOpened] = useState(false);
  if (!made) {
    return cloneElement(target, {
      onClick: () => {
        setMade(true);
        setOpened(true);
      },
    });
  }
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
