#pragma once
// Writes the README.md of an exported PyTorch folder: what each file is, how to
// use the model, how to train on one GPU, on a machine with several and across
// machines with torchrun's rendezvous options, and how the result comes back
// into Netwright.
#include <QString>

namespace nw::pytorch {

class PyTorchReadmeWriter {
public:
    struct Description {
        QString projectName;
        QString projectFile; // the file name of the project it came from
        bool withData = true;
    };
    static QString write(const Description& description);
};

} // namespace nw::pytorch
