#include "PyTorchReadmeWriter.h"

namespace nw::pytorch {

QString PyTorchReadmeWriter::write(const Description& d)
{
    QString text = QStringLiteral("# %1, exported from Netwright for PyTorch\n\n")
                       .arg(d.projectName.isEmpty() ? QStringLiteral("Network") : d.projectName);
    text += QStringLiteral(R"PY(| File | What it is |
|---|---|
| `model.py` | `Net`, a `torch.nn.Module` mirroring the Netwright graph (node ids name its layers); `load()`, `save()`, `probabilities()` |
| `weights.safetensors` | the project's weights (its initial ones when it was never trained), named `<node-id>.<param>` like `Net`'s state_dict |
| `train.py` | training with the project's settings, in one process or under `torchrun` (DistributedDataParallel) |
)PY");
    if (d.withData)
        text += QStringLiteral(
            R"PY(| `data/` | the project's prepared splits: `train_x.npy`, `train_y.npy`, `validation_*`, `test_*`, and `info.json` (`x_scale` turns uint8 images into the network's inputs) |
)PY");
    text += QStringLiteral(R"PY(
Requirements: Python 3 with PyTorch (1.13 or later) and numpy. Nothing else.

## Use the model

```python
import torch, model
net = model.load()                        # eval mode, weights from weights.safetensors
logits = net(torch.zeros(1, *model.INPUT_SHAPES[0]))
print(model.probabilities(logits))        # what `netwright-cli predict` reports
```

)PY");
    if (!d.withData)
        text += QStringLiteral("This folder was exported without its data (`--no-data`): `train.py` needs `data/`; "
                               "export again without `--no-data` to train.\n\n");
    text += QStringLiteral(R"PY(## Train

`train.py` starts from `weights.safetensors`, prints each epoch's loss and accuracy and
finally `test accuracy X`, and writes `trained.safetensors`. `--epochs N` and
`--batch-size B` override the project's settings; the batch is the number of samples per
optimizer step over all processes together, so more processes do not change the result's
recipe, only its speed.

One GPU (or the CPU when there is none):

    python3 train.py

A machine with 4 GPUs (one process each; gloo on CPU-only machines):

    torchrun --standalone --nproc_per_node 4 train.py

Several machines, here 2 with 4 GPUs each: start the same command on every machine, with
the address of one of them (the rendezvous host) and a job id of your choice:

    torchrun --nnodes 2 --nproc_per_node 4 \
        --rdzv_backend c10d --rdzv_endpoint HOST:29400 --rdzv_id my-job \
        train.py

Every machine needs this folder (the same `data/`), and the port open between them.
`--nnodes 1:4` lets machines join and leave (elastic training); see
`torchrun --help`.

Note for Debian 12's PyTorch 1.13 on Python 3.11: its `torchrun` fails with
"'NoneType' object has no attribute 'get'" unless output redirection is given
explicitly: `torchrun --redirects 1 --tee 1 --nproc_per_node 2 train.py`.

## Back into Netwright

`trained.safetensors` uses Netwright's names and layouts. In the window, open the
project and drop the file onto it. On the command line, copy it beside the project,
point the project at it (`"weights": "trained.safetensors"` in the .nwproj file) and
check it with

)PY");
    text += QStringLiteral("    netwright-cli evaluate %1\n")
                .arg(d.projectFile.isEmpty() ? QStringLiteral("PROJECT.nwproj") : d.projectFile);
    return text;
}

} // namespace nw::pytorch
