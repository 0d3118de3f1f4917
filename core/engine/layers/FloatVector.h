#pragma once
// Sixteen floats, one AVX-512 register, for the engine's hand-tiled kernels
// (DirectConvolution, BroadcastProducts, TransposeFloats). A GCC/Clang vector
// type, not intrinsics: the compiler splits it where the machine has narrower
// vectors.
#include <cstring>

namespace nw {

constexpr int kFloatVectorLanes = 16;
using FloatVector = float __attribute__((vector_size(kFloatVectorLanes * sizeof(float))));

// Unaligned load and store.
inline FloatVector loadFloats(const float* p)
{
    FloatVector v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void storeFloats(float* p, FloatVector v)
{
    std::memcpy(p, &v, sizeof v);
}

// Keeps a loaded vector in a register. Left alone, GCC folds the same load into
// several multiply-adds as a memory operand: a tile then loads each vector once per
// multiply-add instead of once per step, and the loads, not the arithmetic, set the
// pace (a 4x4 dot-product tile ran at 58% of peak instead of 80%). Pass a named
// variable: an array element would be kept on the stack instead.
inline void keepInRegister(FloatVector& v)
{
#if defined(__x86_64__)
    asm("" : "+v"(v));
#else
    (void)v;
#endif
}

} // namespace nw
