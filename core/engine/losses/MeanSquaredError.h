#pragma once
// Mean squared error over every element (PyTorch MSELoss, reduction "mean").
#include "Loss.h"

namespace nw {

class MeanSquaredError : public Loss {
public:
    std::string typeName() const override { return "mse"; }
    TargetKind targetKind() const override { return TargetKind::Dense; }
    float compute(const Tensor& prediction, const Tensor& target, Tensor& predictionGrad) const override;
};

} // namespace nw
