import { chunkBySize, encodedSize } from './kafka-event-publisher';

describe('chunkBySize', () => {
  const length = (text: string) => text.length;

  it('keeps the order and fills each chunk up to the limit', () => {
    expect(chunkBySize(['aa', 'bb', 'c', 'dddd', 'e'], length, 5)).toEqual([
      ['aa', 'bb', 'c'],
      ['dddd', 'e'],
    ]);
  });

  it('puts an item larger than the limit alone in its chunk', () => {
    expect(chunkBySize(['a', 'bbbbbbb', 'c'], length, 5)).toEqual([['a'], ['bbbbbbb'], ['c']]);
  });

  it('answers no chunk for no items', () => {
    expect(chunkBySize([], length, 5)).toEqual([]);
  });
});

describe('encodedSize', () => {
  it('counts the bytes of key, value and headers', () => {
    const size = encodedSize({
      key: 'één',
      value: Buffer.from('12345'),
      headers: { a: 'xy', list: ['1', Buffer.from('22')], none: undefined },
    });

    expect(size).toBe(5 + 5 + (1 + 2) + (4 + 1 + 2) + 4);
  });
});
