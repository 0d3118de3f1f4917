#pragma once
// Reader for IDX files, the format of MNIST and Fashion-MNIST
// (http://yann.lecun.com/exdb/mnist/): a 4-byte magic (0, 0, type, rank), `rank`
// big-endian uint32 dimensions, then the values. Gzip-compressed files (.gz) are
// read transparently. Only unsigned-byte data (type 0x08) is accepted, which is
// what every MNIST-style dataset uses; values stay uint8 in memory.
//
// The header is never trusted: the element count implied by the dimensions is
// checked against the bytes actually present before the data buffer is sized.
#include "DataError.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nw {

struct IdxArray {
    std::vector<std::uint32_t> dims; // e.g. {60000, 28, 28}
    std::vector<std::uint8_t> values;

    std::size_t count() const { return dims.empty() ? 0 : dims[0]; }
    std::size_t itemSize() const; // product of dims[1..]
};

// Reads `path`; throws DataError naming the file, the place and the problem.
IdxArray readIdxFile(const std::string& path);

} // namespace nw
