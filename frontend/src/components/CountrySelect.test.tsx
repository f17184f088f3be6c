import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { CountrySelect } from './CountrySelect';

describe('CountrySelect', () => {
  it('finds a country typed without accents, like every search', async () => {
    renderWithProviders(<CountrySelect label="Quốc gia" />);
    const input = await screen.findByRole('combobox', { name: 'Quốc gia' });
    await userEvent.type(input, 'viet');
    expect(await screen.findByRole('option', { name: /\(VN\)/, hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /\(LA\)/, hidden: true })).not.toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'dan mach');
    expect(await screen.findByRole('option', { name: /Đan Mạch \(DK\)/, hidden: true })).toBeInTheDocument();
  });
});
