import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { ListFooter } from './ListFooter';

describe('ListFooter', () => {
  it('writes the total with Vietnamese thousands separators', async () => {
    renderWithProviders(<ListFooter page={0} totalPages={59} totalItems={1179} onPage={() => {}} />);
    expect(await screen.findByTestId('total-count')).toHaveTextContent('Tổng cộng 1.179 bản ghi');
  });

  it('says "more than" when the API stopped counting at its cap', async () => {
    renderWithProviders(<ListFooter page={0} totalPages={500} totalItems={10000} exact={false} onPage={() => {}} />);
    expect(await screen.findByTestId('total-count')).toHaveTextContent('Hơn 10.000 bản ghi');
  });
});
