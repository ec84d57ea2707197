// src/flows/shared/map-limit.ts
async function mapLimit(items, limit, fn) {
  let out = new Array(items.length), next = 0, runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    for (; next < items.length; ) {
      let i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  return await Promise.all(runners), out;
}

export {
  mapLimit
};
