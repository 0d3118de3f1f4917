#pragma once
// The machine's measured peak: fused multiply-adds on independent vector registers,
// no memory traffic, on `threads` threads at once. What a model's GFLOP/s is a share of.
namespace nw {

double measurePeakGflops(int threads);

} // namespace nw
