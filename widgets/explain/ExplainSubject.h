#pragma once
// The sample the Explain dock is about, as its pages show it: the picture (image
// inputs) or the feature values with their names (tabular inputs), where it comes
// from, its true class when known, and the network's classes. Plain data made by
// ExplainController.
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace nw {

struct ExplainSubject {
    QString title; // "Sample 12 of the test split — t10k-images, #12"
    QImage image; // null for tabular inputs
    QStringList featureNames; // tabular inputs
    std::vector<float> features; // tabular inputs, as the network sees them
    int trueClass = -1; // -1: unknown (a drawn input)
    QStringList classNames;

    bool isValid() const { return !title.isEmpty(); }
    QString className(int cls) const
    {
        return cls >= 0 && cls < classNames.size() ? classNames[cls] : QString::number(cls);
    }
};

} // namespace nw
