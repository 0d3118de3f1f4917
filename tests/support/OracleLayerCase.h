#pragma once
// Runs a layer on a layer case written by tests/fixtures/make_torch_oracle.py and
// compares everything PyTorch computed with what the layer computes.
#include "engine/Layer.h"
#include "support/OracleFixture.h"

namespace nw::test {

// Builds `layer` for the fixture's inputs, gives it the fixture's parameters (the
// param.<name> tensors, in file order, must be exactly the layer's parameters in
// its order), runs forward and backward with R = out_grad in the fixture's mode,
// and EXPECTs the output, every input gradient, every parameter gradient and
// every buffer after the forward pass to match torch's within 1e-4 relative.
void expectMatchesOracle(Layer& layer, const OracleFixture& fixture);

} // namespace nw::test
