// The masthead switch between the system's theme, light and dark.
import { ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import DesktopIcon from '@patternfly/react-icons/dist/esm/icons/desktop-icon';
import MoonIcon from '@patternfly/react-icons/dist/esm/icons/moon-icon';
import SunIcon from '@patternfly/react-icons/dist/esm/icons/sun-icon';
import type { ReactNode } from 'react';
import type { ThemePreference } from './theme.ts';
import { useThemePreference } from './useThemePreference.ts';

const CHOICES: { value: ThemePreference; text: string; icon: ReactNode }[] = [
  { value: 'system', text: 'System', icon: <DesktopIcon /> },
  { value: 'light', text: 'Light', icon: <SunIcon /> },
  { value: 'dark', text: 'Dark', icon: <MoonIcon /> },
];

export function ThemeToggle() {
  const [preference, choose] = useThemePreference();
  return (
    <ToggleGroup isCompact aria-label="Colour theme">
      {CHOICES.map((choice) => (
        <ToggleGroupItem
          key={choice.value}
          icon={choice.icon}
          text={choice.text}
          buttonId={`theme-${choice.value}`}
          isSelected={preference === choice.value}
          onChange={() => choose(choice.value)}
        />
      ))}
    </ToggleGroup>
  );
}
