#pragma once
// Receiver operating characteristic curves with scikit-learn's semantics:
// roc_curve(drop_intermediate=True) and roc_auc_score. Points are kept only
// where the curve turns (collinear points are dropped, which does not change
// the area); the first point is (0, 0) at threshold +infinity (scikit-learn
// >= 1.3; older versions wrote max score + 1 there). The AUC is the exact
// trapezoid over the distinct thresholds, so tied scores count one half.
//
// Multiclass: one curve per class one-vs-rest, a micro-averaged curve over the
// flattened one-hot labels and scores, and the macro AUC (mean of the per-class
// AUCs, roc_auc_score(multi_class="ovr", average="macro")).
#include <span>
#include <vector>

namespace nw {

struct RocCurve {
    std::vector<double> fpr; // increasing from 0 to 1
    std::vector<double> tpr; // increasing from 0 to 1
    std::vector<double> thresholds; // decreasing; thresholds[0] = +infinity
    // NaN when the labels hold only one class (the curve is then undefined:
    // fpr or tpr is NaN, as in scikit-learn).
    double auc = 0.0;

    bool defined() const { return auc == auc; }

    // Binary: `positive[i]` non-zero for samples of the positive class, scores higher = more positive.
    static RocCurve compute(std::span<const int> positive, std::span<const double> scores);
};

struct MulticlassRoc {
    std::vector<RocCurve> perClass;
    RocCurve micro;
    // Mean AUC over the classes that have both positive and negative samples
    // (NaN when none has); scikit-learn refuses the others outright.
    double macroAuc = 0.0;

    // labels in [0, classes), scores row-major [N, classes] (probabilities or any monotone score).
    static MulticlassRoc compute(std::span<const int> labels, std::span<const double> scores, int classes);
};

// Trapezoidal area under a curve given by points in order (scikit-learn's auc()).
double trapezoidArea(std::span<const double> x, std::span<const double> y);

} // namespace nw
