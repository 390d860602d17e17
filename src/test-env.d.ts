// jest-dom matchers (toBeChecked, toHaveFocus, …) for the component tests.
/// <reference types="@testing-library/jest-dom/vitest" />
