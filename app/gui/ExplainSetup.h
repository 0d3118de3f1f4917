#pragma once
// What the Explain dock needs to know about a prepared project before it explains
// anything, worked out once per project on a pool thread: the input's shape and
// whether it is an image, the classes, the layers worth showing (C x H x W ones for
// Grad-CAM and feature maps, the rest for the projection), and the ExplainContext
// from the training split (projectExplainContext(), as the CLI makes it) plus the
// ink frame for drawn inputs. Plain data.
#include "explain/ExplainContext.h"
#include "explain/InkFrame.h"
#include "io/Project.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace nw {

class PreparedProject;

struct ExplainSetup {
    std::shared_ptr<PreparedProject> project; // read only: its graph is never run here
    Project preparedFrom; // the project it was prepared from
    std::shared_ptr<const ExplainContext> context;
    InkFrame ink;
    Shape inputShape;
    bool imageInput = false; // [C, H, W] with 1 or 3 channels
    bool oneChannelImage = false;
    QStringList classNames;
    QStringList featureNames; // tabular inputs
    QStringList spatialNodes; // C x H x W outputs, in network order
    QStringList spatialShapes; // "16x28x28", per spatial node
    QStringList hiddenNodes; // every node but the input, for the projection
    QString preferredProjectionNode; // the last flat hidden layer before the output
    QString error; // why there is no setup

    bool isValid() const { return project != nullptr; }
};

// Samples the ink frame is measured on.
inline constexpr std::size_t kInkSamples = 1000;

// Runs on a pool thread. Never throws: a failure comes back as `error`.
ExplainSetup makeExplainSetup(std::shared_ptr<PreparedProject> project);

} // namespace nw
