/* hash.h - a fast non-cryptographic 64-bit hash for "has this file changed?".
 *
 * The store keys skipping on it (db.c, scan.c): equal hashes mean "unchanged",
 * so it must be stable across runs, builds and machines (little-endian reads
 * are spelled out). It is not a defence against an adversary forging inputs. */
#ifndef LG_HASH_H
#define LG_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t lg_hash64(const void *buf, size_t len, uint64_t seed);
/* Continue a hash over a NUL-terminated string (NULL hashes as ""). */
uint64_t lg_hash64_str(const char *s, uint64_t seed);
/* 16 lowercase hex digits and a NUL. */
void	 lg_hash_hex(uint64_t h, char out[17]);

#endif
