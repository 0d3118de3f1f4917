#pragma once
// Reader and writer for NumPy's .npy format
// (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html):
// the magic "\x93NUMPY", a version byte pair (1.0, 2.0, 3.0), a little-endian
// header length (2 bytes in v1, 4 in v2/v3), a Python dict literal with 'descr',
// 'fortran_order' and 'shape', then the raw C-order data.
//
// Read: float32, float64, int8, int32, int64 become float; uint8 and bool stay
// bytes. Refused with a message naming the file: big-endian data, Fortran order,
// object, string and structured dtypes, .npz archives, and any header whose shape
// does not match the bytes in the file. The header is never trusted: the data size
// it implies is checked against the file size before anything is allocated, so a
// header claiming terabytes costs nothing.
#include "DataError.h"
#include "engine/Tensor.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nw {

enum class NpyType { Float32, Float64, Int8, Int32, Int64, UInt8, Bool };

struct NpyArray {
    std::vector<std::size_t> shape; // empty for a 0-d array (one value)
    NpyType type = NpyType::Float32;
    std::vector<float> floats; // Float32, Float64, Int8, Int32, Int64
    std::vector<std::uint8_t> bytes; // UInt8 and Bool (0/1)

    bool holdsBytes() const { return type == NpyType::UInt8 || type == NpyType::Bool; }
    bool holdsIntegers() const { return type != NpyType::Float32 && type != NpyType::Float64; }
    std::size_t count() const; // product of shape
};

// NumPy's name for a type ("float32", "uint8", ...), for messages.
std::string npyTypeName(NpyType type);

// Throws DataError naming the file, the place and the problem.
NpyArray readNpyFile(const std::string& path);

// Writes a little-endian float32 array in .npy v1.0, C order. Atomic: the data
// goes to a temporary file beside `path` that is flushed and renamed over it, so
// a failed write never harms an existing file. Throws DataError on failure.
void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const float* data);
// The same for uint8 ('|u1') and int64 ('<i8') arrays.
void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const std::uint8_t* data);
void writeNpy(const std::string& path, const std::vector<std::size_t>& shape, const std::int64_t* data);
// The tensor with its shape (a batch of predictions: [N, ...]).
void writeNpy(const std::string& path, const Tensor& tensor);

} // namespace nw
