/* hash.c - 64-bit content hash: 8 bytes per step, multiply-rotate mixing,
 * murmur3's finaliser. Fast enough that hashing a file costs less than
 * reading it, which is what lets a rescan skip unchanged files cheaply. */
#include <string.h>

#include "hash.h"

#define P1	0x9E3779B185EBCA87ULL
#define P2	0xC2B2AE3D27D4EB4FULL

static uint64_t
rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* Little-endian load whatever the host, so hashes stored on one machine
 * still match on another. */
static uint64_t
load64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	    (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static uint64_t
fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return h;
}

uint64_t
lg_hash64(const void *buf, size_t len, uint64_t seed)
{
	const unsigned char *p = buf;
	uint64_t a = seed ^ P1, b = seed + P2, tail = 0;
	size_t i = 0;

	/* Two independent lanes keep the multiplier pipeline busy. */
	for (; i + 16 <= len; i += 16) {
		a = rotl(a ^ (load64(p + i) * P2), 31) * P1;
		b = rotl(b ^ (load64(p + i + 8) * P2), 29) * P1;
	}
	if (i + 8 <= len) {
		a = rotl(a ^ (load64(p + i) * P2), 31) * P1;
		i += 8;
	}
	for (; i < len; i++)
		tail = (tail << 8) | p[i];
	b = rotl(b ^ (tail * P2), 27) * P1;
	return fmix(a ^ rotl(b, 17) ^ (uint64_t)len * P2);
}

uint64_t
lg_hash64_str(const char *s, uint64_t seed)
{
	/* Length is mixed in, so ("ab","c") and ("a","bc") differ when chained. */
	return lg_hash64(s ? s : "", s ? strlen(s) : 0, seed);
}

void
lg_hash_hex(uint64_t h, char out[17])
{
	static const char hex[] = "0123456789abcdef";
	int i;

	for (i = 15; i >= 0; i--) {
		out[i] = hex[h & 15];
		h >>= 4;
	}
	out[16] = '\0';
}
