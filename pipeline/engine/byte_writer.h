// ByteWriter functions: the two primitives of annals' cache formats
// (yaml_cache.cc, book_cache.cc), so both write numbers and strings alike.
// A number is a little-endian base-128 varint (7 bits a byte, the high bit
// set on every byte but the last); a string is its length, then its bytes.
//
// Thread-safety: pure functions of their arguments.
#ifndef ANNALS_PIPELINE_ENGINE_BYTE_WRITER_H_
#define ANNALS_PIPELINE_ENGINE_BYTE_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace annals {

// Appends `n` as a varint. Example: PutNumber(300, &out) appends "\xac\x02".
inline void PutNumber(uint64_t n, std::string* out) {
  do {
    unsigned char b = n & 0x7f;
    n >>= 7;
    out->push_back(static_cast<char>(b | (n ? 0x80 : 0)));
  } while (n);
}

// Appends the length of `s`, then `s`. Example: PutString("ab", &out)
// appends "\x02ab".
inline void PutString(std::string_view s, std::string* out) {
  PutNumber(s.size(), out);
  out->append(s);
}

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_BYTE_WRITER_H_
