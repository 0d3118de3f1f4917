<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddNodeCommand</name>
    <message>
        <location filename="../core/model/commands/AddNodeCommand.cpp" line="13"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="23"/>
        <source>Mirror left-right:</source>
        <translation>左右镜像：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="24"/>
        <source>Probability that an image is mirrored left to right.</source>
        <translation>图像被左右镜像的概率。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="25"/>
        <source>Mirror upside down:</source>
        <translation>上下镜像：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="26"/>
        <source>Probability that an image is turned upside down (a mirror image).</source>
        <translation>图像被上下翻转（镜像）的概率。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="27"/>
        <source>Rotate up to:</source>
        <translation>最大旋转：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="28"/>
        <source>Largest rotation in degrees, either way, about the centre.</source>
        <translation>绕中心向任一方向旋转的最大角度（度）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="29"/>
        <source>Shift up to:</source>
        <translation>最大平移：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="30"/>
        <source>Largest shift as a share of the width and of the height.</source>
        <translation>最大平移量，以宽度和高度的比例表示。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="31"/>
        <source>Zoom up to:</source>
        <translation>最大缩放：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="32"/>
        <source>The zoom factor lies between 1 minus and 1 plus this value.</source>
        <translation>缩放因子介于 1 减该值与 1 加该值之间。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="33"/>
        <source>Crop away up to:</source>
        <translation>最多裁掉：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="34"/>
        <source>Random-resized crop: a box keeping at least 1 minus this share of the area, stretched to the full size.</source>
        <translation>随机缩放裁剪：保留至少 1 减该比例面积的方框，再拉伸到完整尺寸。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="37"/>
        <source>Brightness ±:</source>
        <translation>亮度 ±：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="38"/>
        <source>Largest value added to every pixel, either way (pixels run from 0 to 1).</source>
        <translation>加到每个像素上的最大值，可正可负（像素取值为 0 到 1）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="40"/>
        <source>Contrast ±:</source>
        <translation>对比度 ±：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="41"/>
        <source>The distance of every pixel from the image&apos;s mean is multiplied by 1 minus to 1 plus this value.</source>
        <translation>每个像素与图像均值之差乘以介于 1 减该值与 1 加该值之间的因子。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="43"/>
        <source>Noise (std):</source>
        <translation>噪声（标准差）：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="44"/>
        <source>Standard deviation of Gaussian noise added to every pixel.</source>
        <translation>加到每个像素上的高斯噪声的标准差。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="45"/>
        <source>Cutout size:</source>
        <translation>遮挡块大小：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="46"/>
        <source>One patch of this share of the width and height is set to black.</source>
        <translation>一块占宽度和高度该比例的区域被置为黑色。</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <location filename="../core/model/commands/AutoLayoutCommand.cpp" line="11"/>
        <source>Arrange network</source>
        <translation>整理网络布局</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../core/model/Blocks.cpp" line="12"/>
        <source>Conv-BatchNorm-ReLU</source>
        <translation>Conv-BatchNorm-ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="13"/>
        <source>Residual block</source>
        <translation>残差块</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="14"/>
        <source>MLP head</source>
        <translation>MLP 头</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="15"/>
        <source>Transformer encoder block</source>
        <translation>Transformer 编码器块</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="75"/>
        <source>A 3x3 convolution with 16 filters, batch normalization and ReLU: the standard building block of image networks. The image keeps its size.</source>
        <translation>一个 3×3、16 个滤波器的卷积，加批归一化和 ReLU：图像网络的标准构件。图像尺寸保持不变。</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="79"/>
        <source>Two convolutions with batch normalization whose result is added to the block&apos;s input, then ReLU. The skip connection lets gradients flow around the block, so deep networks still train.</source>
        <translation>两个带批归一化的卷积，其结果与块的输入相加，再经过 ReLU。跳跃连接让梯度绕过该块流动，因此深层网络仍能训练。</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="83"/>
        <source>Flatten, a hidden Dense layer of 128 units with ReLU and dropout, and a Dense layer with one output per class (10): the classifier at the end of a network.</source>
        <translation>Flatten、一个 128 单元带 ReLU 和 dropout 的隐藏 Dense 层，以及每个类别一个输出（10 个）的 Dense 层：网络末端的分类器。</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="87"/>
        <source>A pre-norm transformer encoder block for sequences: layer normalization, multi-head self-attention and a residual Add, then layer normalization, a feed-forward Dense(4E)-GELU-Dense(E) and a second residual Add. The sequence keeps its shape, so blocks stack.</source>
        <translation>用于序列的 pre-norm Transformer 编码器块：层归一化、多头自注意力和一个残差 Add，然后是层归一化、前馈 Dense(4E)-GELU-Dense(E) 和第二个残差 Add。序列保持形状，因此可以堆叠多个块。</translation>
    </message>
</context>
<context>
    <name>CompileResult</name>
    <message>
        <location filename="../core/model/CompileResult.cpp" line="23"/>
        <source>%1 nodes, %2 parameters</source>
        <translation>%1 个节点，%2 个参数</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../core/model/commands/ConnectCommand.cpp" line="9"/>
        <source>Connect %1 to %2</source>
        <translation>连接 %1 到 %2</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <location filename="../core/model/commands/DisconnectCommand.cpp" line="9"/>
        <source>Disconnect %1 from %2</source>
        <translation>断开 %1 与 %2 的连接</translation>
    </message>
</context>
<context>
    <name>GraphCompiler</name>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="65"/>
        <source>a connection from &apos;%1&apos; leads to &apos;%2&apos;, but there is no node with that id</source>
        <translation>从“%1”出发的连接指向“%2”，但不存在该 id 的节点</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="89"/>
        <source>%1: unknown layer type &apos;%2&apos;</source>
        <translation>%1：未知的层类型“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="100"/>
        <source>%1 takes no inputs: remove the connection from &apos;%2&apos;</source>
        <translation>%1 不接受输入：请删除来自“%2”的连接</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="116"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has a single input port (0)</source>
        <translation>%1：来自“%2”的连接接到输入端口 %3，但该层只有一个输入端口（0）</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="121"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has ports 0 to %4</source>
        <translation>%1：来自“%2”的连接接到输入端口 %3，但该层的端口为 0 到 %4</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <location filename="../widgets/graph/GraphEdits.cpp" line="54"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="49"/>
        <source>not a network fragment: %1</source>
        <translation>不是网络片段：%1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="52"/>
        <source>not a network fragment</source>
        <translation>不是网络片段</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="55"/>
        <source>a network fragment from another version of Netwright</source>
        <translation>来自其他版本 Netwright 的网络片段</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="66"/>
        <source>the edge %1 -&gt; %2 leaves the fragment</source>
        <translation>边 %1 -&gt; %2 离开了该片段</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="70"/>
        <source>the output &apos;%1&apos; is not in the fragment</source>
        <translation>输出“%1”不在该片段中</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="81"/>
        <source>a block input names no node of the fragment</source>
        <translation>某个块输入没有指向片段中的任何节点</translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="33"/>
        <location filename="../core/model/GraphJson.cpp" line="73"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="35"/>
        <location filename="../core/model/GraphJson.cpp" line="74"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="39"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="67"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="70"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="71"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="72"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="76"/>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="134"/>
        <location filename="../core/model/GraphJson.cpp" line="216"/>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="144"/>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”不是有效的 id：请使用字母、数字、“_”和“-”</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="148"/>
        <source>&apos;%1&apos; is already the id of graph.nodes[%2]</source>
        <translation>“%1”已是 graph.nodes[%2] 的 id</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="187"/>
        <source>expected [x, y], got %1</source>
        <translation>应为 [x, y]，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="200"/>
        <source>a penalty cannot be negative, got %1</source>
        <translation>惩罚项不能为负，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="230"/>
        <source>expected a port number of 0 or more, got %1</source>
        <translation>端口号应为 0 或更大，实际为 %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="237"/>
        <source>input %1 of &apos;%2&apos; is already connected by graph.edges[%3]</source>
        <translation>“%2”的输入 %1 已被 graph.edges[%3] 连接</translation>
    </message>
</context>
<context>
    <name>GraphMessages</name>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="8"/>
        <source>the network has no output node</source>
        <translation>网络没有输出节点</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="17"/>
        <source>the network has no input: add an Input node</source>
        <translation>网络没有输入：请添加一个输入节点</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="20"/>
        <source>%1 needs %n input(s) but has none: connect something to it</source>
        <translation>
            <numerusform>%1 至少需要 %n 个输入，但没有任何输入：请连接一个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="22"/>
        <source>%1 needs %n input(s) but has %2: connect another node</source>
        <translation>
            <numerusform>%1 至少需要 %n 个输入，但只有 %2 个：请再连接一个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="25"/>
        <source>%1 takes at most %n input(s) but has %2: use an Add or Concat to merge branches</source>
        <translation>
            <numerusform>%1 最多接受 %n 个输入，但有 %2 个：请用 Add 或 Concat 合并分支</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="29"/>
        <source>%1 takes input from &apos;%2&apos;, but there is no node with that id</source>
        <translation>%1 的输入来自“%2”，但不存在该 ID 的节点</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="31"/>
        <source>%1 is part of a cycle (%2): connections must flow one way, from the input to the output</source>
        <translation>%1 处在一个环中（%2）：连接必须单向流动，从输入到输出</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="34"/>
        <source>the network has %n loose end(s) (%1): connect them, or choose which one is the output</source>
        <translation>
            <numerusform>网络有 %n 个悬空的末端（%1）：请连接它们，或选择其中一个作为输出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="40"/>
        <source>the network has no layers: add a layer after the input</source>
        <translation>网络没有层：请在输入之后添加一层</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="42"/>
        <source>the output is set to &apos;%1&apos;, but there is no node with that id</source>
        <translation>输出被设为“%1”，但不存在该 ID 的节点</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="46"/>
        <source>%1 would bring the network to %2 parameters; a network may have at most %3</source>
        <translation>%1 会使网络达到 %2 个参数；一个网络最多只能有 %3 个</translation>
    </message>
</context>
<context>
    <name>InsertBlockCommand</name>
    <message>
        <location filename="../core/model/commands/InsertBlockCommand.cpp" line="17"/>
        <source>Insert %1</source>
        <translation>插入 %1</translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="181"/>
        <location filename="../core/model/LayerCategory.cpp" line="18"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="21"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="24"/>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="27"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="36"/>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="33"/>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="39"/>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="42"/>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="45"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="333"/>
        <location filename="../core/model/LayerCategory.cpp" line="30"/>
        <source>Reshape</source>
        <translation>变形</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="83"/>
        <source>How the weights start: He suits ReLU-like activations, Xavier suits tanh and sigmoid</source>
        <translation>权重如何初始化：He 适合类 ReLU 激活，Xavier 适合 tanh 和 sigmoid</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="89"/>
        <source>Add a learnable offset to every output</source>
        <translation>为每个输出加上一个可学习的偏置</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="132"/>
        <source>Size of the hidden state</source>
        <translation>隐藏状态的大小</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="134"/>
        <source>Output the hidden state at every step (steps x units) instead of only the last step&apos;s</source>
        <translation>输出每一步的隐藏状态（步数 x 单元数），而不只是最后一步的</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="137"/>
        <source>Also read the sequence backwards and put both directions&apos; states side by side</source>
        <translation>同时反向读取序列，并把两个方向的状态并排放置</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="150"/>
        <source>Width and height of the window</source>
        <translation>窗口的宽度和高度</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="152"/>
        <source>Step between windows; 0 means the same as the kernel size</source>
        <translation>窗口之间的步长；0 表示与核大小相同</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="154"/>
        <source>Border added around each image, at most half the kernel</source>
        <translation>在每幅图像周围添加的边框，最多为核大小的一半</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="182"/>
        <source>Where the data enters the network. Its shape is the shape of one sample without the batch: 784 for a flattened 28x28 image, 1x28x28 for a grey image that convolutions will read, 3x32x32 for a colour one. Every network needs at least one input, and the shape must match the dataset.</source>
        <translation>数据进入网络的地方。其形状是不含批维度的单个样本的形状：展平的 28x28 图像为 784，供卷积读取的灰度图像为 1x28x28，彩色图像为 3x32x32。每个网络至少需要一个输入，且形状必须与数据集一致。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="188"/>
        <source>Shape of one sample, e.g. 784 or 1, 28, 28 (channels, height, width)</source>
        <translation>单个样本的形状，例如 784 或 1, 28, 28（通道、高度、宽度）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="195"/>
        <source>Dense</source>
        <translation>Dense（全连接）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="196"/>
        <source>A fully connected layer: every output is a weighted sum of every input plus a bias, y = Wx + b. Stacked with activations in between, dense layers can learn any smooth function, and the last layer of a classifier is usually a Dense with one unit per class. It needs a flat input, so put a Flatten (or a global pooling) between convolutions and a Dense. On a sequence (steps x features) it acts on every step with the same weights.</source>
        <translation>全连接层：每个输出都是所有输入的加权和再加上偏置，y = Wx + b。与激活函数交替堆叠时，全连接层可以学习任何平滑函数；分类器的最后一层通常是每个类别一个单元的 Dense 层。它需要扁平的输入，因此请在卷积和 Dense 之间放一个 Flatten（或全局池化）。在序列（步数 x 特征）上，它用相同的权重作用于每一步。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="204"/>
        <source>Number of outputs (neurons)</source>
        <translation>输出（神经元）的数量</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="213"/>
        <source>Convolution 2D</source>
        <translation>二维卷积</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="214"/>
        <source>Slides small learned filters over an image (channels x height x width) and produces one feature map per filter. Because the same filter is used at every position, it finds a pattern such as an edge or a texture wherever it appears, with far fewer weights than a Dense layer. The standard first layers of an image model; stack several, with pooling to shrink the maps.</source>
        <translation>在图像（通道 × 高度 × 宽度）上滑动学习到的小滤波器，每个滤波器产生一张特征图。由于每个位置使用同一个滤波器，它能在任何出现的位置找到边缘或纹理等模式，所需权重远少于 Dense 层。图像模型常用的前几层；可堆叠多层，并用池化缩小特征图。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="221"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="245"/>
        <source>Number of filters, i.e. output channels</source>
        <translation>滤波器数量，即输出通道数</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="222"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="246"/>
        <source>Width and height of each filter</source>
        <translation>每个滤波器的宽度和高度</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="223"/>
        <source>Step between filter positions</source>
        <translation>滤波器位置之间的步长</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="225"/>
        <source>Zeros added around the image; (kernel_size - 1) / 2 keeps the size</source>
        <translation>在图像周围补零；(kernel_size - 1) / 2 可保持尺寸不变</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="236"/>
        <source>Transposed Convolution 2D</source>
        <translation>二维转置卷积</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="237"/>
        <source>The way back up in a decoder: every input pixel stamps a learned filter, scaled by its value, onto a larger output, so a stride of 2 doubles the height and width. The output size is (input - 1) x stride - 2 x padding + kernel_size + output_padding. With kernel_size 3, stride 2, padding 1 and output_padding 1, 7x7 becomes 14x14. Use it in the decoder of an autoencoder or a segmentation model, where a Convolution 2D shrank the maps.</source>
        <translation>解码器中向上还原的方式：每个输入像素按其数值缩放后，把一个学习到的滤波器印到更大的输出上，因此步长为 2 时高度和宽度加倍。输出大小为 (输入 - 1) x stride - 2 x padding + kernel_size + output_padding。当 kernel_size 为 3、stride 为 2、padding 为 1、output_padding 为 1 时，7x7 变为 14x14。用于自编码器或分割模型的解码器中，对应二维卷积缩小特征图的位置。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="248"/>
        <source>Spacing of the stamps in the output: 2 doubles the size</source>
        <translation>输出中印记之间的间距：2 会使尺寸加倍</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="250"/>
        <source>Rows and columns cropped from every side of the output</source>
        <translation>从输出每一侧裁掉的行数和列数</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="252"/>
        <source>Extra rows and columns added at the bottom and right of the output; smaller than the stride</source>
        <translation>在输出底部和右侧额外添加的行数和列数；须小于步长</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="263"/>
        <source>Upsample 2D</source>
        <translation>二维上采样</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="264"/>
        <source>Enlarges every feature map by a whole-number factor, the opposite of pooling: &quot;nearest&quot; repeats each pixel, &quot;bilinear&quot; blends the four nearest pixels for a smoother result. It has no weights; follow it with a Convolution 2D that learns what to draw into the larger map. Used in the decoder of an autoencoder.</source>
        <translation>按整数倍放大每个特征图，与池化相反：&quot;nearest&quot; 重复每个像素，&quot;bilinear&quot; 混合最近的四个像素以得到更平滑的结果。它没有权重；在其后接一个二维卷积，让它学习在更大的特征图中画什么。用于自编码器的解码器。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="270"/>
        <source>How many times larger the height and width become</source>
        <translation>高度和宽度放大的倍数</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="273"/>
        <source>nearest repeats pixels; bilinear interpolates between them (align_corners=False)</source>
        <translation>nearest 重复像素；bilinear 在像素之间插值（align_corners=False）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="285"/>
        <source>Max Pooling 2D</source>
        <translation>二维最大池化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="286"/>
        <source>Keeps the largest value in each small window of every feature map, so a 2x2 pool halves the height and width. It makes the network cheaper and a little tolerant to small shifts, and keeps the strongest response of each filter. Use it after a convolution (and its activation).</source>
        <translation>保留每张特征图中每个小窗口的最大值，因此 2x2 池化会使高度和宽度减半。它让网络计算更省、对小幅平移略有容忍，并保留每个滤波器最强的响应。请在卷积（及其激活）之后使用。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="299"/>
        <source>Average Pooling 2D</source>
        <translation>二维平均池化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="300"/>
        <source>Replaces each small window of every feature map by its average, shrinking the maps like max pooling but smoothing instead of picking the strongest value. Use it to downsample when every part of the window should count.</source>
        <translation>用平均值替换每张特征图的每个小窗口，像最大池化一样缩小特征图，但做的是平滑而不是选取最强值。当窗口的每一部分都应计入时，用它进行下采样。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="312"/>
        <source>Global Average Pooling</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="313"/>
        <source>Averages each whole feature map to a single number, turning channels x height x width into one value per channel. A light bridge from convolutions to the classifier: unlike Flatten it adds no weights downstream for image size, and it is what Grad-CAM explanations are built on.</source>
        <translation>把每张完整的特征图平均成一个数，将 通道 × 高度 × 宽度 变为每个通道一个值。它是从卷积到分类器的轻量桥梁：与 Flatten 不同，它不会因图像尺寸在后面增加权重，Grad-CAM 解释也以它为基础。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="323"/>
        <source>Flatten</source>
        <translation>Flatten（展平）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="324"/>
        <source>Lays every value of a sample out in one long row, e.g. 16x7x7 becomes 784. It computes nothing and has no weights; it is the glue you need between convolutional layers and a Dense layer.</source>
        <translation>把一个样本的所有值排成一长行，例如 16x7x7 变为 784。它不做计算，也没有权重；它是卷积层与 Dense 层之间必需的衔接。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="334"/>
        <source>Gives each sample a new shape with the same number of values, read in the same order: for example 784 becomes 1x28x28 so that flat data can go into a convolution. One entry may be -1, meaning &quot;whatever is left&quot;.</source>
        <translation>给每个样本一个新形状，值的数量和读取顺序不变：例如 784 变为 1x28x28，使扁平数据可以输入卷积。某一项可以为 -1，表示“其余部分”。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="339"/>
        <source>New shape of one sample; one entry may be -1 to infer it</source>
        <translation>单个样本的新形状；某一项可为 -1 以自动推断</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="345"/>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="346"/>
        <source>During training, sets a random fraction of its inputs to zero at every step and scales up the rest, so the network cannot rely on any single neuron. This fights overfitting (training accuracy far above validation accuracy). At evaluation time it does nothing.</source>
        <translation>训练时，每一步把随机一部分输入置零并放大其余部分，使网络无法依赖任何单个神经元。这能抑制过拟合（训练准确率远高于验证准确率）。评估时它不起作用。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="352"/>
        <source>Fraction of values dropped during training</source>
        <translation>训练时丢弃的值所占比例</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="358"/>
        <source>Batch Normalization</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="359"/>
        <source>Rescales each feature or channel to mean 0 and variance 1 using the statistics of the current batch, then applies a learned scale and shift. It makes deep networks train faster and tolerate higher learning rates. Usually placed after a convolution or Dense layer and before its activation; it needs batches of more than one sample.</source>
        <translation>利用当前批的统计量把每个特征或通道缩放到均值 0、方差 1，然后应用学习到的缩放和平移。它让深层网络训练更快，并能承受更高的学习率。通常放在卷积或 Dense 层之后、激活之前；它需要每批多于一个样本。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="366"/>
        <source>How fast the running statistics used for evaluation follow the batches</source>
        <translation>评估所用的滑动统计量跟随各批变化的速度</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="370"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="387"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>加到方差上的小数，避免除以零</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="380"/>
        <source>Layer Normalization</source>
        <translation>层归一化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="381"/>
        <source>Rescales the values along the last axis of each sample to mean 0 and variance 1, then applies a learned scale and shift. Unlike batch normalization it looks at one sample at a time, so it behaves the same in training and evaluation and works with any batch size; it is the normalization used in transformers.</source>
        <translation>把每个样本沿最后一个轴的值缩放到均值 0、方差 1，然后应用学习到的缩放和平移。与批归一化不同，它每次只看一个样本，因此在训练和评估中表现一致，且适用于任意批大小；它是 Transformer 中使用的归一化。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="394"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="395"/>
        <source>Rectified linear unit: keeps positive values and replaces negative ones by zero, max(0, x). Cheap and effective, it is the default activation between hidden layers. Without some activation, stacked layers collapse into a single linear one.</source>
        <translation>线性整流单元：保留正值，把负值替换为零，max(0, x)。计算便宜而有效，是隐藏层之间的默认激活。没有激活函数，堆叠的层会退化为单个线性层。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="402"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="403"/>
        <source>Like ReLU, but negative values are multiplied by a small slope alpha instead of becoming zero. Neurons therefore never stop learning entirely (&quot;dying ReLU&quot;); try it when many ReLU outputs stay at zero.</source>
        <translation>与 ReLU 类似，但负值乘以一个小斜率 alpha，而不是变为零。因此神经元永远不会完全停止学习（“ReLU 死亡”）；当许多 ReLU 输出一直为零时可以试试它。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="409"/>
        <source>Slope for negative inputs</source>
        <translation>负输入的斜率</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="412"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="413"/>
        <source>Exponential linear unit: x for positive values and alpha * (exp(x) - 1) for negative ones, a smooth curve that levels off at -alpha. Its outputs average closer to zero than ReLU&apos;s, which can speed up training.</source>
        <translation>指数线性单元：正值为 x，负值为 alpha * (exp(x) - 1)，是一条在 -alpha 处趋于平稳的平滑曲线。它的输出平均值比 ReLU 更接近零，可以加快训练。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="419"/>
        <source>Value that large negative inputs approach (as -alpha)</source>
        <translation>较大负输入趋近的值（即 -alpha）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="422"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="423"/>
        <source>Gaussian error linear unit: x weighted by the probability that a standard normal value is below x. A smooth version of ReLU that lets small negative values through; the usual activation in transformers.</source>
        <translation>高斯误差线性单元：x 乘以标准正态值小于 x 的概率。ReLU 的平滑版本，允许小的负值通过；Transformer 中常用的激活。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="429"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="430"/>
        <source>Sigmoid linear unit, also called Swish: x multiplied by its own sigmoid, x / (1 + exp(-x)). Like GELU it is a smooth ReLU that lets small negative values through, dipping just below zero before it levels off at 0. It often trains a little better than ReLU in deep networks.</source>
        <translation>Sigmoid 线性单元，也称 Swish：x 乘以它自身的 sigmoid，即 x / (1 + exp(-x))。与 GELU 一样，它是 ReLU 的平滑版本，允许小的负值通过，先略微低于零，再逐渐趋于 0。在深层网络中，它的训练效果往往比 ReLU 稍好。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="437"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="438"/>
        <source>Squashes every value into the range 0 to 1 with 1 / (1 + exp(-x)), so an output can be read as a probability of yes or no. Good for gates and binary outputs; in deep hidden layers it makes gradients vanish, so prefer ReLU there.</source>
        <translation>用 1 / (1 + exp(-x)) 把每个值压缩到 0 到 1 之间，因此输出可以看作“是”或“否”的概率。适合门控和二元输出；在深层隐藏层中它会导致梯度消失，那里更适合用 ReLU。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="445"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="446"/>
        <source>Squashes every value into the range -1 to 1. Centred on zero, it suits small networks and recurrent ones; like the sigmoid it saturates for large inputs, which slows learning in deep stacks.</source>
        <translation>把每个值压缩到 -1 到 1 之间。它以零为中心，适合小型网络和循环网络；与 sigmoid 一样，输入较大时会饱和，使深层堆叠的学习变慢。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="454"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="455"/>
        <source>Turns the scores along the last axis into probabilities that are positive and sum to 1, exaggerating the largest. Use it to read a classifier&apos;s output as class probabilities, or for attention weights. The cross-entropy loss already applies it, so the network being trained should end with the raw scores.</source>
        <translation>把最后一个轴上的分数转换为和为 1 的正概率，并放大最大值。用它把分类器的输出读作类别概率，或用于注意力权重。交叉熵损失已经包含了它，所以训练中的网络应以原始分数结尾。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="465"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="466"/>
        <source>Turns token ids (whole numbers such as the characters or words of a text) into learned vectors: one row of a table per token. Its input is a sequence of ids from an Input of shape [steps]; its output is steps x dim, what recurrent and attention layers read.</source>
        <translation>把词元编号（整数，例如文本中的字符或单词）变成学习得到的向量：每个词元对应表中的一行。它的输入是来自形状为 [步数] 的 Input 的编号序列；输出为 步数 x dim，供循环层和注意力层读取。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="472"/>
        <source>Number of different tokens (ids 0 to vocab_size - 1)</source>
        <translation>不同词元的数量（编号 0 到 vocab_size - 1）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="473"/>
        <source>Length of each token&apos;s vector</source>
        <translation>每个词元向量的长度</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="481"/>
        <source>Simple RNN</source>
        <translation>简单 RNN</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="482"/>
        <source>Reads a sequence one step at a time and keeps a hidden state that mixes the new step with what it remembers: h = tanh(W x + U h_prev + b). The simplest recurrent network; it forgets quickly over long sequences, which LSTM and GRU were invented to fix.</source>
        <translation>一次读取序列的一步，并保持一个隐藏状态，把新的一步与记住的内容混合：h = tanh(W x + U h_prev + b)。最简单的循环网络；在长序列上很快遗忘，LSTM 和 GRU 正是为解决这一点而发明的。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="495"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="496"/>
        <source>Long short-term memory: a recurrent layer with a memory cell and three gates (input, forget, output) that learn what to write, keep and show at each step, so it can carry information across long sequences.</source>
        <translation>长短期记忆：带有一个记忆单元和三个门（输入门、遗忘门、输出门）的循环层，门学习在每一步写入、保留和输出什么，因此能够在长序列中传递信息。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="508"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="509"/>
        <source>Gated recurrent unit: a lighter LSTM with two gates (reset and update) and no separate memory cell. It often learns as well as an LSTM with fewer weights.</source>
        <translation>门控循环单元：更轻量的 LSTM，有两个门（重置门和更新门），没有单独的记忆单元。它常常学得和 LSTM 一样好，而权重更少。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="520"/>
        <source>Multi-Head Attention</source>
        <translation>多头注意力</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="521"/>
        <source>Self-attention: every step of a sequence looks at every other step and takes a weighted mix of them, the weights coming from how well its query matches their keys. Several heads attend in parallel, each to something different. The heart of a transformer; the Attention dock shows what each head looks at.</source>
        <translation>自注意力：序列中的每一步都查看其他每一步，并对它们加权混合，权重取决于它的查询（query）与它们的键（key）匹配得有多好。多个头并行关注，各自关注不同的内容。它是 Transformer 的核心；注意力面板显示每个头在看什么。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="527"/>
        <source>Number of heads; must divide the input&apos;s features</source>
        <translation>头的数量；必须能整除输入的特征数</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="529"/>
        <source>Let each step see only itself and earlier steps (for generating text)</source>
        <translation>每一步只能看到自身和之前的步（用于生成文本）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="531"/>
        <source>Fraction of attention weights dropped during training</source>
        <translation>训练时丢弃的注意力权重比例</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="539"/>
        <source>Positional Encoding</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="540"/>
        <source>Adds to each step a vector that encodes its position, because attention alone does not know the order of the steps. Sinusoidal encodings are fixed waves of different frequencies; learned ones are a trained table with one row per position.</source>
        <translation>给每一步加上一个编码其位置的向量，因为仅靠注意力并不知道各步的顺序。正弦编码是不同频率的固定波形；学习得到的编码是一张训练出的表，每个位置一行。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="546"/>
        <source>Fixed sine and cosine waves, or a learned table</source>
        <translation>固定的正弦和余弦波，或一张学习得到的表</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="548"/>
        <source>The longest sequence it accepts</source>
        <translation>它接受的最长序列</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="558"/>
        <source>Sequence Pooling</source>
        <translation>序列池化</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="559"/>
        <source>Summarises a whole sequence (steps x features) in one vector of features: the mean over the steps, the maximum, or the last step. Put it between sequence layers and the Dense that classifies.</source>
        <translation>把整个序列（步数 x 特征）概括为一个特征向量：各步的平均值、最大值或最后一步。把它放在序列层与负责分类的 Dense 之间。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="564"/>
        <source>How the steps are combined</source>
        <translation>各步如何组合</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="572"/>
        <source>Add</source>
        <translation>Add（相加）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="573"/>
        <source>Adds two or more inputs of the same shape value by value. This is the merge of a residual (skip) connection: a block&apos;s input is added to its output, which lets very deep networks train because the gradient can flow around each block.</source>
        <translation>把两个或多个形状相同的输入逐元素相加。这是残差（跳跃）连接的合并方式：块的输入加到它的输出上，梯度可以绕过每个块流动，因此很深的网络也能训练。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="583"/>
        <source>Concatenate</source>
        <translation>Concatenate（拼接）</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="584"/>
        <source>Joins two or more inputs side by side along one axis, in the order of its input ports: features for flat inputs, channels for images. Use it to combine parallel branches that look at the data differently, as in Inception blocks; all other axes must match.</source>
        <translation>按输入端口的顺序，沿某个轴把两个或多个输入并排拼接：扁平输入按特征，图像按通道。用它组合以不同方式观察数据的并行分支，例如 Inception 块；其余各轴必须一致。</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="590"/>
        <source>Sample axis to join along: 0 is features or channels; negative counts from the last</source>
        <translation>拼接所沿的样本轴：0 表示特征或通道；负数从最后一个轴倒数</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="103"/>
        <source>unknown layer type &apos;%1&apos;</source>
        <translation>未知的层类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="109"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 没有参数“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="132"/>
        <source>an Input node has no engine layer: it is added to the graph as an input</source>
        <translation>Input 节点没有引擎层：它作为输入添加到图中</translation>
    </message>
</context>
<context>
    <name>LessonGoalText</name>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss at least %1</source>
        <translation>训练损失至少 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss below %1</source>
        <translation>训练损失低于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss above %1</source>
        <translation>验证损失高于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss below %1</source>
        <translation>验证损失低于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="30"/>
        <source>test loss below %1</source>
        <translation>测试损失低于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="32"/>
        <source>training accuracy at least %1</source>
        <translation>训练准确率至少 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="34"/>
        <source>validation accuracy at least %1</source>
        <translation>验证准确率至少 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="35"/>
        <source>validation accuracy below %1</source>
        <translation>验证准确率低于 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="37"/>
        <source>test accuracy at least %1</source>
        <translation>测试准确率至少 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at least %1 parameters</source>
        <translation>至少 %1 个参数</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at most %1 parameters</source>
        <translation>至多 %1 个参数</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="66"/>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="76"/>
        <source>the layer palette is hidden</source>
        <translation>层面板已隐藏</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="79"/>
        <source>the network cannot be edited</source>
        <translation>网络不可编辑</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="80"/>
        <source>the network cannot be edited except %1</source>
        <translation>网络不可编辑，%1 除外</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="83"/>
        <source>no training setting may change</source>
        <translation>任何训练设置都不能更改</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="84"/>
        <source>only these training settings may change: %1</source>
        <translation>只有这些训练设置可以更改：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="89"/>
        <source>Locked by the lesson: %1.</source>
        <translation>课程锁定：%1。</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnnxExportJob</name>
    <message>
        <location filename="../app/gui/OnnxExportJob.cpp" line="25"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
</context>
<context>
    <name>ParameterSpec</name>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="52"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="68"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="81"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="82"/>
        <location filename="../core/model/ParameterSpec.cpp" line="88"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="93"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="98"/>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="114"/>
        <source>a list of whole numbers</source>
        <translation>整数列表</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="133"/>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="148"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 必须是%2，实际为 %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="155"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 必须在 %2 到 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="161"/>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 必须是 %2 之一，实际为 %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="167"/>
        <source>%1 needs at least one entry</source>
        <translation>%1 至少需要一项</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="170"/>
        <source>%1 entries must be between %2 and %3, got %4</source>
        <translation>%1 的各项必须在 %2 到 %3 之间，实际为 %4</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <location filename="../core/model/commands/PasteCommand.cpp" line="12"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>PyTorchExportJob</name>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="26"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="37"/>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>删除 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="14"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="15"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="9"/>
        <source>Training stopped; the last good weights are kept.</source>
        <translation>训练已停止；保留最后一组有效权重。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="18"/>
        <source>completed %n epoch(s)</source>
        <translation>
            <numerusform>已完成 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="20"/>
        <source>stopped at epoch %1, batch %2</source>
        <translation>在第 %1 轮第 %2 批停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="23"/>
        <source>stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>第 %1 轮后提前停止：验证损失已连续 %n 轮没有改善（最佳：第 %2 轮）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="25"/>
        <source>stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>第 %1 轮后提前停止：训练损失已连续 %n 轮没有改善（最佳：第 %2 轮）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="29"/>
        <source>; the weights of the best epoch are restored</source>
        <translation>；已恢复最佳一轮的权重</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="34"/>
        <source>the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the data holds NaN/Inf values.</source>
        <translation>损失在第 %2 轮第 %3 批变为 %1：学习率（%4）可能过高，或数据中含有 NaN/Inf 值。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="38"/>
        <source>the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable gradient clipping.</source>
        <translation>梯度在第 %1 轮第 %2 批变为 NaN 或无穷大：请降低学习率或启用梯度裁剪。</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/io/RunStore.cpp" line="153"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>SetNodeFlagsCommand</name>
    <message>
        <location filename="../core/model/commands/SetNodeFlagsCommand.cpp" line="17"/>
        <source>Change training settings of %1</source>
        <translation>更改 %1 的训练设置</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../core/model/commands/SetParameterCommand.cpp" line="16"/>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>StartingWeightsText</name>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="23"/>
        <source>kept imported weights for %1</source>
        <translation>保留了 %1 的导入权重</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="25"/>
        <source>kept trained weights for %1</source>
        <translation>保留了 %1 的训练权重</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="27"/>
        <source>initialised every layer from the seed</source>
        <translation>所有层均由随机种子初始化</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="28"/>
        <source>initialised %1</source>
        <translation>已初始化 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>A workbench for building, training and inspecting neural networks.</source>
        <translation>用于构建、训练和检查神经网络的工作台。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The project to open (*.nwproj); a bundled example opens as a copy.</source>
        <translation>要打开的项目（*.nwproj）；内置示例以副本形式打开。</translation>
    </message>
</context>
<context>
    <name>nw::ActivationHover</name>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="51"/>
        <source>%1 for %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="57"/>
        <source>One tile per channel, on one colour scale; the Feature maps tab shows them large.</source>
        <translation>每个通道一个图块，使用同一色阶；“特征图”选项卡中可放大查看。</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="58"/>
        <source>One cell per unit.</source>
        <translation>每个单元一格。</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisController</name>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="158"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>after epoch %1</source>
        <translation>第 %1 轮之后</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>trained weights</source>
        <translation>训练后的权重</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>untrained (initial weights)</source>
        <translation>未训练（初始权重）</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisDocks</name>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="25"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="26"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="28"/>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="30"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="83"/>
        <source>the %1 split</source>
        <translation>“%1”划分</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisExport</name>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="23"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="73"/>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="77"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="82"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="84"/>
        <source>Figure as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="87"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="92"/>
        <source>Figure as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="100"/>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::AttentionController</name>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="55"/>
        <location filename="../app/gui/AttentionController.cpp" line="77"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see what the network&apos;s attention and recurrent layers do with it.</source>
        <translation>在混淆矩阵的样本库、决策边界、数据集预览或“样本”面板中点击一个样本，即可查看网络的注意力层和循环层如何处理它。</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="105"/>
        <source>Preparing the network…</source>
        <translation>正在准备网络…</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="109"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>此样本（%1）与网络的输入（%2）不匹配。</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>未训练：种子的初始权重</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>trained weights</source>
        <translation>训练后的权重</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="153"/>
        <source>%1 — live, epoch %2</source>
        <translation>%1 — 实时，第 %2 轮</translation>
    </message>
</context>
<context>
    <name>nw::AttentionDock</name>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="14"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="15"/>
        <source>Recurrent states</source>
        <translation>循环状态</translation>
    </message>
</context>
<context>
    <name>nw::AttentionPage</name>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="48"/>
        <source>The MultiHeadAttention layer whose heads are shown</source>
        <translation>显示其注意力头的 MultiHeadAttention 层</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="50"/>
        <source>Heads of this layer</source>
        <translation>此层的注意力头</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="51"/>
        <source>All layers and heads</source>
        <translation>所有层和注意力头</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="52"/>
        <source>Rollout across layers</source>
        <translation>跨层注意力展开（Rollout）</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="53"/>
        <source>Rollout (Abnar and Zuidema 2020) multiplies the layers&apos; head-averaged attention, each mixed half and half with the residual connection: how much each input token reaches each position at the top.</source>
        <translation>Rollout（Abnar 与 Zuidema，2020）将各层按注意力头平均后的注意力相乘，每层都与残差连接各占一半混合：表示每个输入词元在顶层到达每个位置的程度。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="57"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="59"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="73"/>
        <source>Rows are queries, columns keys: row i shows where token i looks. Hover a cell for its weight, click a token to highlight its row.</source>
        <translation>行是查询，列是键：第 i 行显示词元 i 关注哪里。将鼠标悬停在单元格上查看其权重，点击词元以突出显示其所在行。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="89"/>
        <location filename="../widgets/attention/AttentionPage.cpp" line="193"/>
        <source>Open a sample of a network with MultiHeadAttention layers to see where each head looks.</source>
        <translation>打开一个含有 MultiHeadAttention 层的网络的样本，查看每个注意力头关注哪里。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="192"/>
        <source>This network has no MultiHeadAttention layer.</source>
        <translation>此网络没有 MultiHeadAttention 层。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="211"/>
        <source>Head %1</source>
        <translation>注意力头 %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="218"/>
        <source>%1 · head %2</source>
        <translation>%1 · 注意力头 %2</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="229"/>
        <source>Rollout of the only attention layer</source>
        <translation>唯一注意力层的展开</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="230"/>
        <source>Rollout over %1 layers</source>
        <translation>跨 %1 层的展开</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="275"/>
        <source>Token %1 “%2”: its row shows where it looks.</source>
        <translation>词元 %1“%2”：其所在行显示它关注哪里。</translation>
    </message>
</context>
<context>
    <name>nw::AttributionPage</name>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="43"/>
        <source>How strongly the map covers the sample.</source>
        <translation>热力图覆盖样本的强度。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="64"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="90"/>
        <source>At most %1 methods side by side: untick one first.</source>
        <translation>最多并排显示 %1 种方法：请先取消勾选一种。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="97"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>在混淆矩阵的图库、决策边界、数据集预览或样本面板中点击一个样本，即可查看网络为何做出这样的预测。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="121"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="163"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="185"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="159"/>
        <source>True class: %1</source>
        <translation>真实类别：%1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="193"/>
        <source>Class %1, score %2</source>
        <translation>类别 %1，得分 %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="195"/>
        <source>Completeness gap %1</source>
        <translation>完备性差距 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="198"/>
        <source>Sum %1 = score − baseline score %2 (%3)</source>
        <translation>总和 %1 = 得分 − 基线得分 %2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>sampled</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="204"/>
        <source>Local fit R² %1</source>
        <translation>局部拟合 R² %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="206"/>
        <source>At %1×%2, smoothed for display</source>
        <translation>分辨率 %1×%2，为显示做了平滑</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="73"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="76"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="87"/>
        <source>All off</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="89"/>
        <source>Train on the images exactly as they are.</source>
        <translation>完全按原样使用图像训练。</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationPreview</name>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="18"/>
        <source>Other epochs</source>
        <translation>其他轮次</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="24"/>
        <source>Show what the next epochs make of this sample.</source>
        <translation>显示接下来的轮次会把这个样本变成什么样。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="70"/>
        <source>Augmentation varies images; these samples are not images.</source>
        <translation>数据增强只作用于图像；这些样本不是图像。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="71"/>
        <source>Load image data to see what augmentation makes of a sample.</source>
        <translation>加载图像数据，查看数据增强会把样本变成什么样。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="85"/>
        <source>as stored</source>
        <translation>原样</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="92"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="99"/>
        <source>Sample %1 as training sees it in each epoch (training data only).</source>
        <translation>训练在每一轮中看到的样本 %1（仅训练数据）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="100"/>
        <source>Sample %1: augmentation is off, so every epoch sees it as stored.</source>
        <translation>样本 %1：数据增强已关闭，因此每一轮看到的都是原样。</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveManager</name>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="132"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1：无法创建自动保存文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveRestorePrompt</name>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>an untitled project</source>
        <translation>一个未命名项目</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>the untitled project “%1”</source>
        <translation>未命名项目“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="15"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="16"/>
        <source>Netwright did not close properly. Restore the unsaved changes to %1 from %2?</source>
        <translation>Netwright 未正常关闭。要恢复 %1 在 %2 的未保存更改吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="19"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>nw::CalibrationPanel</name>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="80"/>
        <source>Reliability: ECE %1, maximum gap %2, Brier score %3</source>
        <translation>可靠性：ECE %1，最大偏差 %2，Brier 分数 %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="102"/>
        <source>Calibration is for classifiers with at least two classes.</source>
        <translation>校准适用于至少有两个类别的分类器。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="103"/>
        <source>Evaluate the trained model to see how far its confidence can be trusted.</source>
        <translation>评估训练好的模型，看看它的置信度有多可信。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="109"/>
        <source>Confidence (top-class probability)</source>
        <translation>置信度（最高类别的概率）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="114"/>
        <source>Perfectly calibrated</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="119"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="131"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="132"/>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="150"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="157"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
</context>
<context>
    <name>nw::ClassDistributionChart</name>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>nw::ClassMetricsTable</name>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Avg. precision</source>
        <translation>平均精确率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="69"/>
        <source>Per-class metrics are for classifiers.</source>
        <translation>按类别的指标适用于分类器。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="70"/>
        <source>Evaluate the trained model to see its per-class metrics.</source>
        <translation>评估训练好的模型以查看按类别的指标。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="100"/>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="102"/>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="103"/>
        <source>Micro average (accuracy)</source>
        <translation>微平均（准确率）</translation>
    </message>
</context>
<context>
    <name>nw::CompressController</name>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="68"/>
        <source>Measuring the fine-tuned network…</source>
        <translation>正在测量微调后的网络…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="101"/>
        <source>Measuring accuracy from 0 to 95% sparsity…</source>
        <translation>正在测量稀疏度 0% 到 95% 的准确率…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="117"/>
        <source>Pruning %1% of the weights…</source>
        <translation>正在剪掉 %1% 的权重…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="169"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络有问题；请查看问题面板。</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="173"/>
        <source>The weights do not fit the edited network: train it again.</source>
        <translation>权重与编辑后的网络不匹配：请重新训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="190"/>
        <source>The network or its weights changed while this ran: nothing was changed.</source>
        <translation>运行期间网络或其权重发生了变化：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="196"/>
        <source>Could not compress: %1</source>
        <translation>无法压缩：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="204"/>
        <source>Measured on %1 test samples.</source>
        <translation>在 %1 个测试样本上测量。</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="222"/>
        <source>Pruned: %1% of the weights are zero.</source>
        <translation>已剪枝：%1% 的权重为零。</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="233"/>
        <source>Fine-tuned for %1 epochs; the pruned weights stayed zero.</source>
        <translation>已微调 %1 轮；被剪掉的权重保持为零。</translation>
    </message>
</context>
<context>
    <name>nw::CompressPanel</name>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="33"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="36"/>
        <source>Prune</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="38"/>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="43"/>
        <source>Accuracy on the test split as the weights are pruned from 0 to 95%, and of the network quantized to int8</source>
        <translation>权重从 0% 剪枝到 95% 时在测试集上的准确率，以及量化为 int8 的网络的准确率</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="49"/>
        <source>The share of weights set to zero, smallest magnitudes first</source>
        <translation>设为零的权重比例，幅值最小的优先</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="50"/>
        <source>Over the whole network</source>
        <translation>在整个网络上</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="51"/>
        <source>Per layer</source>
        <translation>逐层</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="52"/>
        <source>Set the smallest weights of the trained network to zero</source>
        <translation>把已训练网络中最小的权重设为零</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="55"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="56"/>
        <source>Train the pruned network further; pruned weights stay zero</source>
        <translation>继续训练剪枝后的网络；被剪掉的权重保持为零</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="65"/>
        <source>Sparsity:</source>
        <translation>稀疏度：</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="84"/>
        <source>Train the network, then measure how much of it can go.</source>
        <translation>先训练网络，再测量能去掉多少。</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="95"/>
        <source>Size: %1 as float32</source>
        <translation>大小：float32 为 %1</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="97"/>
        <source>, %1 pruned to %2% (kept weights and a bitmap)</source>
        <translation>，剪枝到 %2% 后为 %1（保留的权重加一个位图）</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="100"/>
        <source>, %1 as int8</source>
        <translation>，int8 为 %1</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="101"/>
        <source>: %1 times smaller.</source>
        <translation>：缩小为 1/%1。</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="107"/>
        <source>int8: accuracy %1% (%2 points against the %3 model), weights %4, activations calibrated on %5 training samples.</source>
        <translation>int8：准确率 %1%（相对 %3 模型 %2 个百分点），权重%4，激活值用 %5 个训练样本校准。</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="112"/>
        <source>fine-tuned</source>
        <translation>微调后</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="113"/>
        <source>pruned</source>
        <translation>剪枝后</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="111"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="114"/>
        <source>per channel</source>
        <translation>按通道</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="115"/>
        <source>per tensor</source>
        <translation>按张量</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="118"/>
        <source>int8: loss %1 (float32: %2).</source>
        <translation>int8：损失 %1（float32：%2）。</translation>
    </message>
</context>
<context>
    <name>nw::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="22"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>评估训练好的模型，看看它在哪里对、在哪里错。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="175"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="180"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="280"/>
        <source>True %1, predicted %2: %n sample(s), %3% of the class. Click to see them.</source>
        <translation>
            <numerusform>真实 %1，预测 %2：%n 个样本，占该类的 %3%。点击查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::ConfusionMatrixPanel</name>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="25"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="26"/>
        <source>Share of true class</source>
        <translation>占真实类别的比例</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="27"/>
        <source>Row-normalised: each row sums to 1, the diagonal is each class&apos;s recall.</source>
        <translation>按行归一化：每行之和为 1，对角线是各类别的召回率。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="62"/>
        <source>The confusion matrix is for classifiers; this model predicts values.</source>
        <translation>混淆矩阵适用于分类器；此模型预测的是数值。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="63"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>评估训练好的模型，看看它在哪里对、在哪里错。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="78"/>
        <source>Training split</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="79"/>
        <source>Validation split</source>
        <translation>验证部分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="80"/>
        <source>Test split</source>
        <translation>测试部分</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="81"/>
        <source>%1: %n sample(s), accuracy %2%</source>
        <translation>
            <numerusform>%1：%n 个样本，准确率 %2%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="110"/>
        <source>True %1, predicted %2</source>
        <translation>真实 %1，预测 %2</translation>
    </message>
</context>
<context>
    <name>nw::DatasetDock</name>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="66"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="73"/>
        <source>The data spec saved in the project; netwright-cli --data takes the same text.</source>
        <translation>项目中保存的数据描述；netwright-cli --data 接受同样的文本。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="74"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="76"/>
        <source>Read the data again, for example after the file changed on disk.</source>
        <translation>重新读取数据，例如在磁盘上的文件发生变化后。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="90"/>
        <source>Stop reading the data; Reload reads it again.</source>
        <translation>停止读取数据；“重新加载”会再次读取。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="147"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="162"/>
        <source>Read %1 of %2 files…</source>
        <translation>已读取 %1 / %2 个文件…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="167"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="171"/>
        <source>Share of the samples held out to watch for overfitting after each epoch.</source>
        <translation>留出的样本比例，用于在每轮训练后观察是否过拟合。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="174"/>
        <source>Share of the samples kept aside for the final evaluation.</source>
        <translation>为最终评估保留的样本比例。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="179"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="187"/>
        <source>The same seed always gives the same split.</source>
        <translation>相同的种子总是得到相同的划分。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="188"/>
        <source>Keep class proportions in every part (stratified)</source>
        <translation>在每个部分中保持类别比例（分层）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="190"/>
        <source>Validation:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="191"/>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="192"/>
        <source>Split seed:</source>
        <translation>划分种子：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="205"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="208"/>
        <source>No data loaded yet.</source>
        <translation>尚未加载数据。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="223"/>
        <source>The first samples of the dataset; click one to inspect it.</source>
        <translation>数据集的前几个样本；点击一个样本进行检查。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="232"/>
        <source>The points of the 2-D problem, coloured by class (or by value for regression).</source>
        <translation>二维问题的数据点，按类别着色（回归时按数值着色）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="252"/>
        <source>Classes per part</source>
        <translation>各部分的类别分布</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="275"/>
        <source>Augmentation (training images only)</source>
        <translation>数据增强（仅训练图像）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="341"/>
        <source>No dataset chosen yet.</source>
        <translation>尚未选择数据集。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="342"/>
        <source>Spec: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>描述：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="406"/>
        <source>Choose where the data comes from.</source>
        <translation>选择数据的来源。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="422"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="452"/>
        <source>Loading stopped. Reload reads the data again.</source>
        <translation>加载已停止。“重新加载”会再次读取数据。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="460"/>
        <source>Could not load the data.
%1</source>
        <translation>无法加载数据。
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="468"/>
        <source>%1 samples of shape %2, %3 classes; loaded in %4 s.</source>
        <translation>%1 个样本，形状为 %2，%3 个类别；加载用时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="471"/>
        <source>%1 samples of shape %2, regression; loaded in %3 s.</source>
        <translation>%1 个样本，形状为 %2，回归；加载用时 %3 秒。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/DatasetDock.cpp" line="476"/>
        <source>Vocabulary of all %n tokens shown here; training builds its own from the training split.</source>
        <translation>
            <numerusform>此处显示全部 %n 个词元的词表；训练时会用训练部分另建词表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="527"/>
        <source>Sample %1: %2</source>
        <translation>样本 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="557"/>
        <source>%1 training, %2 validation, %3 test samples.</source>
        <translation>训练样本 %1 个，验证样本 %2 个，测试样本 %3 个。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="562"/>
        <source>Testing uses %1.</source>
        <translation>测试使用 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="566"/>
        <source>Regression data has no classes. %1</source>
        <translation>回归数据没有类别。%1</translation>
    </message>
</context>
<context>
    <name>nw::DatasetSourceForm</name>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="67"/>
        <source>Built-in generator</source>
        <translation>内置生成器</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="68"/>
        <source>Bundled dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="69"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="70"/>
        <source>IDX files (MNIST style)</source>
        <translation>IDX 文件（MNIST 格式）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="71"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="72"/>
        <source>Image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="73"/>
        <source>NumPy arrays (.npy)</source>
        <translation>NumPy 数组（.npy）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="75"/>
        <source>Built-in sequence task</source>
        <translation>内置序列任务</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="76"/>
        <source>Labelled texts</source>
        <translation>带标签的文本</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="77"/>
        <source>Which language is a word?</source>
        <translation>这个词是哪种语言？</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="87"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="124"/>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="125"/>
        <source>Exclusive or (XOR)</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="126"/>
        <source>Two Gaussians</source>
        <translation>两个高斯分布</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="127"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="128"/>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="129"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>多高斯（回归）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="140"/>
        <source>0 is clean; 1 is TensorFlow Playground&apos;s noise slider at its maximum.</source>
        <translation>0 表示无噪声；1 相当于 TensorFlow Playground 噪声滑块的最大值。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="148"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="149"/>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="150"/>
        <source>Noise:</source>
        <translation>噪声：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="151"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="166"/>
        <source>Iris flowers (150 × 4 measurements, 3 species)</source>
        <translation>鸢尾花（150 × 4 个测量值，3 个品种）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="167"/>
        <source>Handwritten digits (1,797 images of 8 × 8)</source>
        <translation>手写数字（1,797 张 8 × 8 图像）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="168"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="180"/>
        <source>Training images (60,000)</source>
        <translation>训练图像（60,000 张）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="181"/>
        <source>Test images (10,000)</source>
        <translation>测试图像（10,000 张）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="182"/>
        <source>Test on the official 10,000 test images</source>
        <translation>在官方的 10,000 张测试图像上测试</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="184"/>
        <source>Uses fashion-mnist:test as the test set; the training images are then split into training and validation only.</source>
        <translation>使用 fashion-mnist:test 作为测试集；训练图像则只划分为训练和验证两部分。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="189"/>
        <source>Part:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="206"/>
        <source>Read from %1.</source>
        <translation>读取自 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="207"/>
        <source>Not installed: %1 holds no Fashion-MNIST files. Set NETWRIGHT_FASHION_MNIST to the folder with the four .gz files.</source>
        <translation>未安装：%1 中没有 Fashion-MNIST 文件。请将 NETWRIGHT_FASHION_MNIST 设置为包含四个 .gz 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="224"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx* *.gz);;All files (*)</source>
        <translation>IDX 文件 (*-ubyte *-ubyte.gz *.idx* *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="225"/>
        <source>Choose the IDX images file</source>
        <translation>选择 IDX 图像文件</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="227"/>
        <source>Choose the IDX labels file</source>
        <translation>选择 IDX 标签文件</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="229"/>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="230"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="239"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy 数组 (*.npy);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="240"/>
        <source>Choose the features (.npy)</source>
        <translation>选择特征（.npy）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="242"/>
        <source>Choose the targets (.npy)</source>
        <translation>选择目标（.npy）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="244"/>
        <source>Features:</source>
        <translation>特征：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="245"/>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>Choose a CSV table</source>
        <translation>选择 CSV 表格</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="258"/>
        <source>The column the network learns to predict; the others become features.</source>
        <translation>网络学习预测的列；其余列成为特征。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="261"/>
        <source>Drop rows with missing values</source>
        <translation>丢弃含缺失值的行</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="262"/>
        <source>Fill in the column mean</source>
        <translation>用该列的均值填充</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="265"/>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="266"/>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="267"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="271"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="272"/>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="273"/>
        <source>Target column:</source>
        <translation>目标列：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="274"/>
        <source>Missing values:</source>
        <translation>缺失值：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="297"/>
        <source>Choose a folder with one subfolder per class</source>
        <translation>选择一个每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="307"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="313"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="318"/>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="319"/>
        <source>Colour (RGB)</source>
        <translation>彩色（RGB）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="322"/>
        <source>Stretch to the size</source>
        <translation>拉伸到该尺寸</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="323"/>
        <source>Scale, then cut out the centre</source>
        <translation>先缩放，再裁出中心</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="324"/>
        <source>Cutting out the centre keeps shapes as they are; stretching squashes images of another aspect ratio.</source>
        <translation>裁出中心可保持形状不变；拉伸会压扁其他宽高比的图像。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="328"/>
        <source>None (pixels from 0 to 1)</source>
        <translation>无（像素取值 0 到 1）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="329"/>
        <source>Mean and spread of the training images</source>
        <translation>训练图像的均值和离散程度</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="330"/>
        <source>Per colour channel, subtract the mean and divide by the standard deviation, measured on the training split only.</source>
        <translation>对每个颜色通道减去均值并除以标准差，二者只在训练部分上测得。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="332"/>
        <source>Skip files that are not readable images</source>
        <translation>跳过无法读取的图像文件</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="334"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="335"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="336"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="337"/>
        <source>Fit:</source>
        <translation>适配：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="338"/>
        <source>Normalise:</source>
        <translation>归一化：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="529"/>
        <source>Given: mean %1, standard deviation %2</source>
        <translation>给定：均值 %1，标准差 %2</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryPanel</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="85"/>
        <source>Test sample %1 selected.</source>
        <translation>已选中测试样本 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="86"/>
        <source>Training sample %1 selected.</source>
        <translation>已选中训练样本 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="187"/>
        <source>%1 training samples (dots), %2 test samples (rings). The colours show the class the network predicts.</source>
        <translation>%1 个训练样本（圆点），%2 个测试样本（圆环）。颜色表示网络预测的类别。</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryWidget</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="70"/>
        <source>Background: the class the network predicts, stronger where it is surer.
Dots: training samples. Rings: test samples. Click a sample to inspect it.</source>
        <translation>背景：网络预测的类别，越确定颜色越深。
圆点：训练样本。圆环：测试样本。点击样本进行检查。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="245"/>
        <source>For datasets with two features, this shows how the network divides the plane.

Press Train to watch the boundary take shape.</source>
        <translation>对于有两个特征的数据集，这里显示网络如何划分平面。

按“训练”观察决策边界逐渐成形。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="324"/>
        <source>Class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="328"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="330"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>nw::DocumentFiles</name>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="40"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="354"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="65"/>
        <source>The weights file %1 does not exist. The network opened without trained weights.</source>
        <translation>权重文件 %1 不存在。网络已在没有训练权重的情况下打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="70"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="80"/>
        <source>%1
The network opened without trained weights.</source>
        <translation>%1
网络已在没有训练权重的情况下打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="88"/>
        <source>The weights in %1 belong to a different network (%2). The network opened without them: train it again, or open the weights that belong to it.</source>
        <translation>%1 中的权重属于另一个网络（%2）。网络已在没有这些权重的情况下打开：请重新训练，或打开属于它的权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="100"/>
        <source>Stop training before opening weights.</source>
        <translation>请先停止训练再打开权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="107"/>
        <source>Opened the weights %1</source>
        <translation>已打开权重 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="110"/>
        <source>%1: these weights do not fit the network: %2</source>
        <translation>%1：这些权重与网络不匹配：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="115"/>
        <source>Cannot open the weights</source>
        <translation>无法打开权重</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="130"/>
        <source>%1: Netwright opens projects (*.nwproj) and weights (*.safetensors) dropped on the window; choose data in the Dataset dock.</source>
        <translation>%1：拖放到窗口上时，Netwright 只打开项目（*.nwproj）和权重（*.safetensors）；请在数据集面板中选择数据。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="136"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="162"/>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="167"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="194"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="216"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="243"/>
        <source>Stop training before opening another project.</source>
        <translation>请先停止训练，再打开其他项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="173"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="178"/>
        <source>Opened without weights</source>
        <translation>已在没有权重的情况下打开</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="185"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="201"/>
        <source>Opened a copy of the example “%1”. Press Train to start.</source>
        <translation>已打开示例“%1”的副本。按“训练”开始。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="207"/>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Netwright 课程 (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="250"/>
        <source>Imported %1 as an untitled project; save it to keep it.</source>
        <translation>已将 %1 导入为未命名项目；请保存以保留它。</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="258"/>
        <source>Cannot import the ONNX model</source>
        <translation>无法导入 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>Import ONNX Model</source>
        <translation>导入 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="280"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="288"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="304"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Netwright projects (*.nwproj)</source>
        <translation>Netwright 项目 (*.nwproj)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="341"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="342"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>项目有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="387"/>
        <source>Cannot restore the project</source>
        <translation>无法恢复项目</translation>
    </message>
</context>
<context>
    <name>nw::DrawPage</name>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="33"/>
        <source>Centre and scale like the training images</source>
        <translation>像训练图像一样居中并缩放</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="41"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="44"/>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="46"/>
        <source>Rub out (the right mouse button does too).</source>
        <translation>擦除（鼠标右键也可以）。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="50"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="53"/>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="55"/>
        <source>Crop the drawing to its ink, scale it to the size the training images&apos; ink has and move it to where their centre of mass is.</source>
        <translation>将绘图裁剪到笔迹范围，缩放到训练图像中笔迹的大小，并移到其质心位置。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="86"/>
        <source>Map:</source>
        <translation>热力图：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="109"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>绘图需要输入为单通道图像的网络。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="117"/>
        <source>Draw with the mouse: the prediction and the map follow every stroke.</source>
        <translation>用鼠标绘图：预测和热力图会随每一笔更新。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="164"/>
        <source>For class %1</source>
        <translation>针对类别 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="170"/>
        <source>Answered %1 ms after the stroke.</source>
        <translation>笔画后 %1 毫秒给出结果。</translation>
    </message>
</context>
<context>
    <name>nw::EvaluationDock</name>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="24"/>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="25"/>
        <source>After each epoch</source>
        <translation>每轮之后</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="36"/>
        <source>Training split</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="37"/>
        <source>Validation split</source>
        <translation>验证部分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="38"/>
        <source>Test split</source>
        <translation>测试部分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="40"/>
        <source>The samples to evaluate the model on</source>
        <translation>用来评估模型的样本</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="41"/>
        <source>Evaluate the current weights on the chosen split now</source>
        <translation>立即在所选划分上评估当前权重</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="43"/>
        <source>While training, evaluate again after every epoch (when this panel is on show)</source>
        <translation>训练时每轮结束后重新评估（仅当此面板可见时）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="55"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="56"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="57"/>
        <source>Precision–recall</source>
        <translation>精确率–召回率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="58"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="59"/>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="60"/>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="79"/>
        <source>Train the network, or press Evaluate to see how the current weights do.</source>
        <translation>训练网络，或点击“评估”查看当前权重的表现。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="101"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="103"/>
        <source>accuracy %1%, loss %2</source>
        <translation>准确率 %1%，损失 %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="105"/>
        <source>reconstruction error %1 (MSE per value)</source>
        <translation>重建误差 %1（每个值的 MSE）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="106"/>
        <source>MSE %1, MAE %2, R² %3</source>
        <translation>MSE %1，MAE %2，R² %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="133"/>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
</context>
<context>
    <name>nw::ExampleGallery</name>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="28"/>
        <source>Show this gallery when Netwright starts</source>
        <translation>启动 Netwright 时显示此示例库</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="30"/>
        <source>Welcome to Netwright</source>
        <translation>欢迎使用 Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="32"/>
        <source>&lt;b&gt;Pick an example to start from.&lt;/b&gt; Open it, then press &lt;i&gt;Train&lt;/i&gt; and watch the network learn. Examples open as untitled copies: change them as you like.</source>
        <translation>&lt;b&gt;选择一个示例作为起点。&lt;/b&gt;打开它，然后按&lt;i&gt;训练&lt;/i&gt;，观察网络如何学习。示例以未命名副本打开：可以随意修改。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="63"/>
        <source>&amp;Open Example</source>
        <translation>打开示例(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="64"/>
        <source>Start &amp;Empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
</context>
<context>
    <name>nw::ExplainController</name>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="50"/>
        <source>the test split</source>
        <translation>测试划分</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="199"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>绘图需要输入为单通道图像的网络。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="208"/>
        <location filename="../app/gui/ExplainController.cpp" line="327"/>
        <source>the dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="238"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>在混淆矩阵的图库、决策边界、数据集预览或样本面板中点击一个样本，即可查看网络为何做出这样的预测。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="240"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>打开一个样本，查看每一层如何处理它。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="242"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>测试样本在某个隐藏层空间中的位置：每个簇就是该层归为一类的样本。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="274"/>
        <source>Weights after epoch %1.</source>
        <translation>第 %1 轮后的权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="275"/>
        <source>Initial weights: the run has just started.</source>
        <translation>初始权重：训练刚刚开始。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="279"/>
        <source>Untrained: the seed&apos;s initial weights. Train the network to see what it learns.</source>
        <translation>未训练：随机种子的初始权重。训练网络以查看它学到了什么。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="280"/>
        <source>Trained weights.</source>
        <translation>已训练的权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="341"/>
        <source>Sample %1 of %2</source>
        <translation>%2中的样本 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="362"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>该样本（%1）与网络输入（%2）不匹配。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="455"/>
        <source>Open a sample in the Explain dock to see what this layer makes of it.</source>
        <translation>在“解释”面板中打开一个样本，查看这一层如何处理它。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="490"/>
        <source>The split has too few samples to project.</source>
        <translation>该划分的样本太少，无法投影。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="493"/>
        <source>Projecting %n samples of the %1 split…</source>
        <translation>
            <numerusform>正在投影 %1 划分的 %n 个样本…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="518"/>
        <source>%1 over %n samples of the %2 split, %3 of them predicted wrong. Click a point to explain it.</source>
        <translation>
            <numerusform>%1：%2 划分的 %n 个样本，其中 %3 个预测错误。点击一个点即可解释它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainSetup.cpp" line="18"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
</context>
<context>
    <name>nw::ExplainDock</name>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="34"/>
        <source>Attribution</source>
        <translation>归因</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="35"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="36"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="37"/>
        <source>Draw</source>
        <translation>绘图</translation>
    </message>
</context>
<context>
    <name>nw::ExplainJobRunner</name>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="66"/>
        <source>The network is not ready yet.</source>
        <translation>网络尚未就绪。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="80"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
</context>
<context>
    <name>nw::ExplainMethodForm</name>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="51"/>
        <source>Tick up to four methods to compare them side by side.</source>
        <translation>最多勾选四种方法进行并排比较。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="63"/>
        <source>Whose score the map explains.</source>
        <translation>热力图解释的是哪个类别的得分。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="66"/>
        <source>Points on the straight path from the baseline to the sample.</source>
        <translation>从基线到样本的直线路径上的点数。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="70"/>
        <source>What &quot;nothing&quot; looks like: where the path starts, what covers a window or a switched-off part.</source>
        <translation>“空白”的样子：路径的起点，以及遮挡窗口或关闭部分时填入的内容。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="73"/>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="76"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="78"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="81"/>
        <source>Noisy copies (SmoothGrad) or perturbed inputs (LIME, SHAP); &quot;default&quot; lets the method choose.</source>
        <translation>带噪副本（SmoothGrad）或扰动输入（LIME、SHAP）的数量；“默认”由方法自行决定。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="86"/>
        <source>Noise as a fraction of the input&apos;s value range.</source>
        <translation>噪声占输入取值范围的比例。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="89"/>
        <source>How many regions LIME and SHAP cut the image into.</source>
        <translation>LIME 和 SHAP 将图像切分成的区域数。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="91"/>
        <source>The convolution layer whose feature maps Grad-CAM weighs.</source>
        <translation>Grad-CAM 用来加权其特征图的卷积层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="93"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="94"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="95"/>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="96"/>
        <source>Stride:</source>
        <translation>步幅：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="97"/>
        <source>Samples:</source>
        <translation>采样数：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="98"/>
        <source>Noise:</source>
        <translation>噪声：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="99"/>
        <source>Regions:</source>
        <translation>区域数：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="100"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="104"/>
        <source>Methods:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="107"/>
        <source>Explain:</source>
        <translation>解释：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="143"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="144"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>nw::ExplainTexts</name>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="9"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="11"/>
        <source>Gradient × input</source>
        <translation>梯度 × 输入</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="13"/>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="15"/>
        <source>Integrated Gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="17"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="19"/>
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="21"/>
        <source>LIME</source>
        <translation>LIME</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="23"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="25"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="27"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="29"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="31"/>
        <source>Attention rollout</source>
        <translation>注意力展开（rollout）</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="40"/>
        <source>How much the class score changes when one input value changes a little (red raises it, blue lowers it).</source>
        <translation>某个输入值稍作变化时类别得分的变化量（红色使其升高，蓝色使其降低）。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="43"/>
        <source>The gradient times the input: what each input value contributes, to first order.</source>
        <translation>梯度乘以输入：一阶近似下每个输入值的贡献。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="45"/>
        <source>The gradient averaged over noisy copies of the sample: less speckle than the plain gradient.</source>
        <translation>在样本的带噪副本上取平均的梯度：比普通梯度噪点更少。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="47"/>
        <source>Gradients summed along the path from a baseline to the sample; the parts add up to the score change.</source>
        <translation>沿从基线到样本的路径累加的梯度；各部分之和等于得分的变化。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="50"/>
        <source>Which places of a convolution layer&apos;s feature maps drive the class score.</source>
        <translation>卷积层特征图中哪些位置推动了类别得分。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="52"/>
        <source>How much the score drops when a square of the image is covered.</source>
        <translation>遮住图像中的一个方块时得分下降多少。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="54"/>
        <source>A simple local model fitted to the network&apos;s answers when parts of the input are switched off.</source>
        <translation>在关闭部分输入时，拟合网络输出的简单局部模型。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="56"/>
        <source>Shapley values: each part&apos;s fair share of the score change from the baseline.</source>
        <translation>Shapley 值：各部分在相对基线的得分变化中的公平份额。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="58"/>
        <source>What a layer outputs for this sample.</source>
        <translation>某一层对该样本的输出。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="60"/>
        <source>A layer&apos;s outputs over many samples, reduced to two dimensions.</source>
        <translation>某一层在大量样本上的输出，降维到二维。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="62"/>
        <source>How each step of a sequence spreads its attention over the steps, per head.</source>
        <translation>序列中的每一步如何把注意力分配到各步上（按头显示）。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="64"/>
        <source>Attention followed through every layer, with the residual connections.</source>
        <translation>沿所有层追踪的注意力，包含残差连接。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="73"/>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="75"/>
        <source>Mean of the training data</source>
        <translation>训练数据的均值</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="77"/>
        <source>Blurred sample</source>
        <translation>模糊后的样本</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="91"/>
        <source>the %1 baseline</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="95"/>
        <source>The network has not been compiled.</source>
        <translation>网络尚未编译。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="97"/>
        <source>Explanations need a network with exactly one input.</source>
        <translation>解释需要只有一个输入的网络。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="99"/>
        <source>The network expects samples of %1, but this one is %2.</source>
        <translation>网络需要形状为 %1 的样本，但这个样本是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="101"/>
        <source>The network expects samples of %1, but these are %2.</source>
        <translation>网络需要形状为 %1 的样本，但这些样本是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="103"/>
        <source>The sample holds NaN or infinite values.</source>
        <translation>样本中含有 NaN 或无穷大的值。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="105"/>
        <source>%1 gave NaN or infinite values: the network&apos;s outputs are not finite for this sample.</source>
        <translation>%1 得到了 NaN 或无穷大的值：网络对这个样本的输出不是有限值。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="107"/>
        <source>Class %1 does not exist: the network&apos;s outputs are numbered 0 to %2.</source>
        <translation>类别 %1 不存在：网络的输出编号为 0 到 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="109"/>
        <source>%1 needs a layer: choose one.</source>
        <translation>%1 需要一个层：请选择一个。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="111"/>
        <source>The network has no layer named “%1”.</source>
        <translation>网络中没有名为“%1”的层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="113"/>
        <source>Grad-CAM needs a layer with a channels x height x width output, but “%1” gives %2: choose a convolution or pooling layer.</source>
        <translation>Grad-CAM 需要输出为 通道 x 高 x 宽 的层，但“%1”输出的是 %2：请选择卷积层或池化层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="117"/>
        <source>“%1” is not a multi-head attention layer.</source>
        <translation>“%1”不是多头注意力层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="119"/>
        <source>The network has no multi-head attention layer.</source>
        <translation>网络中没有多头注意力层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="121"/>
        <source>Attention layers of different lengths cannot be rolled out together.</source>
        <translation>长度不同的注意力层无法一起展开。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="124"/>
        <source>A projection needs at least two samples.</source>
        <translation>投影至少需要两个样本。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="126"/>
        <source>The mean baseline needs the training split&apos;s mean sample: load the project&apos;s data, or choose the zeros baseline.</source>
        <translation>均值基线需要训练集的平均样本：请加载项目的数据，或选择零基线。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="129"/>
        <source>%1 needs an image input (channels x height x width), but the input is %2.</source>
        <translation>%1 需要图像输入（通道 x 高 x 宽），但输入是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="131"/>
        <source>The occlusion window must be between 1 and %1 pixels, not %2.</source>
        <translation>遮挡窗口必须在 1 到 %1 像素之间，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="133"/>
        <source>The occlusion stride must be at least 1, not %1.</source>
        <translation>遮挡步长至少为 1，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="135"/>
        <source>Integrated Gradients needs at least 1 step, not %1.</source>
        <translation>积分梯度至少需要 1 步，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="137"/>
        <source>%1 needs at least 2 samples, not %2.</source>
        <translation>%1 至少需要 2 个采样，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="139"/>
        <source>The number of superpixels must be at least 1, not %1.</source>
        <translation>超像素数量至少为 1，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="141"/>
        <source>SmoothGrad&apos;s noise must be zero or more, not %1.</source>
        <translation>SmoothGrad 的噪声必须大于或等于零，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="143"/>
        <source>The explanation failed.</source>
        <translation>解释失败。</translation>
    </message>
</context>
<context>
    <name>nw::ExportMenu</name>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="31"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="32"/>
        <source>&amp;Weights (.safetensors)…</source>
        <translation>权重 (.safetensors)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="34"/>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="36"/>
        <source>&amp;PyTorch Project…</source>
        <translation>PyTorch 项目(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="38"/>
        <source>Graph as &amp;Image (.png)…</source>
        <translation>图为图像 (.png)(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="50"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="65"/>
        <source>The network is empty.</source>
        <translation>网络为空。</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="80"/>
        <source>%1: the image could not be written</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="88"/>
        <source>weights.nwproj</source>
        <translation>weights.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="90"/>
        <source>Export Weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="91"/>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Safetensors 权重 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="94"/>
        <source>Cannot export the weights</source>
        <translation>无法导出权重</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="107"/>
        <location filename="../app/gui/ExportMenu.cpp" line="165"/>
        <source>network.nwproj</source>
        <translation>network.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>Export ONNX Model</source>
        <translation>导出 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="117"/>
        <source>Cannot export the ONNX model</source>
        <translation>无法导出 ONNX 模型</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="119"/>
        <source>Exported the ONNX model %1</source>
        <translation>已导出 ONNX 模型 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="144"/>
        <source>Export PyTorch Project into a Folder</source>
        <translation>将 PyTorch 项目导出到文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="153"/>
        <source>Cannot export the PyTorch project</source>
        <translation>无法导出 PyTorch 项目</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="155"/>
        <source>Exported the PyTorch project to %1</source>
        <translation>已将 PyTorch 项目导出到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="157"/>
        <source>Exported the PyTorch project to %1 without data/: the dataset could not be read</source>
        <translation>已将 PyTorch 项目导出到 %1，但未包含 data/：无法读取数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>Export Graph Image</source>
        <translation>导出网络图图像</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="172"/>
        <source>Cannot export the image</source>
        <translation>无法导出图像</translation>
    </message>
</context>
<context>
    <name>nw::FeatureContributionBars</name>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="53"/>
        <source>%n other features</source>
        <translation>
            <numerusform>其他 %n 个特征</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="54"/>
        <source>feature %1</source>
        <translation>特征 %1</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapGrid</name>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="153"/>
        <source>Unit %1: %2</source>
        <translation>单元 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="159"/>
        <source>Channel %1: largest value %2</source>
        <translation>通道 %1：最大值 %2</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapsPage</name>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="23"/>
        <source>The layer whose output is shown.</source>
        <translation>显示其输出的层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="33"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="41"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>打开一个样本，查看每一层如何处理它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="79"/>
        <source>%1 for %2: %n channels of %3×%4, one colour scale for all.</source>
        <translation>
            <numerusform>%1：%2 的 %n 个 %3×%4 通道，共用一个色阶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="84"/>
        <source>%1 for %2: %n values.</source>
        <translation>
            <numerusform>%1：%2 的 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="86"/>
        <source>The first %1 are shown.</source>
        <translation>仅显示前 %1 个。</translation>
    </message>
</context>
<context>
    <name>nw::GraphEditorWidget</name>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="53"/>
        <source>The lesson keeps the network&apos;s connections as they are.</source>
        <translation>本课程保持网络的连接不变。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="58"/>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="72"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="73"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="98"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="100"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="198"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="101"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="102"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="104"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="105"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="107"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="108"/>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="109"/>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="110"/>
        <source>Lay the network out from left to right</source>
        <translation>从左到右排列网络</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="112"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="113"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="117"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="118"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="119"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="120"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
</context>
<context>
    <name>nw::GraphView</name>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="65"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
</context>
<context>
    <name>nw::HelpMenu</name>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="19"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="20"/>
        <source>&amp;Layer Reference</source>
        <translation>层参考(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="26"/>
        <source>&amp;About Netwright</source>
        <translation>关于 Netwright(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="57"/>
        <source>About Netwright</source>
        <translation>关于 Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="58"/>
        <source>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;A workbench for building, training and inspecting neural networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;用于构建、训练和检查神经网络的工作台。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 Eigen 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nw::ImportWeightsDialog</name>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="30"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="31"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="33"/>
        <source>shape mismatch: %1 vs %2</source>
        <translation>形状不匹配：%1 与 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="47"/>
        <source>Import Weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="49"/>
        <source>Weights from &lt;b&gt;%1&lt;/b&gt;, matched to this network by node id. Only the nodes marked loaded change; the others keep their weights.</source>
        <translation>来自 &lt;b&gt;%1&lt;/b&gt; 的权重，按节点 ID 与本网络匹配。只有标记为已加载的节点会改变，其余节点保留原有权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="65"/>
        <source>The file has no tensor %1.%2</source>
        <translation>文件中没有张量 %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="68"/>
        <source>%1 is %2 in the file but %3 in this network</source>
        <translation>%1 在文件中为 %2，在本网络中为 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="77"/>
        <source>%1 loaded, %2 skipped, %3 with another shape</source>
        <translation>%1 个已加载，%2 个已跳过，%3 个形状不同</translation>
    </message>
</context>
<context>
    <name>nw::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="41"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>nw::LatentScatter</name>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="124"/>
        <source>%1, unit 1</source>
        <translation>%1，单元 1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="129"/>
        <source>%1, unit 2</source>
        <translation>%1，单元 2</translation>
    </message>
</context>
<context>
    <name>nw::LayerPalette</name>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="45"/>
        <source>Search layers</source>
        <translation>搜索层</translation>
    </message>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="82"/>
        <source>Blocks</source>
        <translation>模块</translation>
    </message>
</context>
<context>
    <name>nw::LayerReferenceDialog</name>
    <message>
        <location filename="../app/gui/LayerReferenceDialog.cpp" line="16"/>
        <source>Layer Reference</source>
        <translation>层参考</translation>
    </message>
</context>
<context>
    <name>nw::LessonController</name>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="52"/>
        <source>The lesson could not measure the test accuracy: %1</source>
        <translation>课程无法测量测试准确率：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="67"/>
        <source>Stop training before opening a lesson.</source>
        <translation>打开课程前请先停止训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="99"/>
        <source>Opened the lesson “%1”.</source>
        <translation>已打开课程“%1”。</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="114"/>
        <source>Closed the lesson; nothing is locked now.</source>
        <translation>已关闭课程；现在没有任何锁定。</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="125"/>
        <source>Stop training before going to a step that opens another network.</source>
        <translation>进入会打开另一个网络的步骤前，请先停止训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="235"/>
        <source>the network has problems</source>
        <translation>网络有问题</translation>
    </message>
</context>
<context>
    <name>nw::LessonDock</name>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="18"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="21"/>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="22"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="40"/>
        <source>Close Lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="42"/>
        <source>Leave the lesson: every lock is lifted and the network stays as it is</source>
        <translation>离开课程：解除所有锁定，网络保持原样</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="81"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Not reached yet</source>
        <translation>尚未达成</translation>
    </message>
</context>
<context>
    <name>nw::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>Step Through</source>
        <translation>单步演示</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="309"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Open &amp;Lesson</source>
        <translation>打开课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>From a &amp;File…</source>
        <translation>从文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Open a lesson (*.nwlesson): steps to read, goals to reach, settings the teacher locked</source>
        <translation>打开课程 (*.nwlesson)：要阅读的步骤、要达成的目标、老师锁定的设置</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Example &amp;Gallery…</source>
        <translation>示例库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="341"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="350"/>
        <source>Save as &amp;Lesson…</source>
        <translation>另存为课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="351"/>
        <source>Make a lesson of this project: steps to read, locks and goals (*.nwlesson)</source>
        <translation>用此项目制作课程：步骤、锁定和目标 (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>&amp;ONNX Model…</source>
        <translation>&amp;ONNX 模型…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="360"/>
        <source>Import &amp;Weights…</source>
        <translation>导入权重(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Start from another network&apos;s weights: a project or a .safetensors file, matched node by node</source>
        <translation>从另一个网络的权重开始：一个项目或 .safetensors 文件，逐节点匹配</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="371"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="374"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="394"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="416"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="448"/>
        <source>Training ended: %1</source>
        <translation>训练结束：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="454"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>%1[*] — Netwright</source>
        <translation>%1[*] — Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="565"/>
        <source>Save as Lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="566"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Netwright 课程 (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="571"/>
        <source>Saved the lesson %1</source>
        <translation>已保存课程 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="574"/>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>Restart Netwright</source>
        <translation>重新启动 Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>The new language applies when Netwright starts again. Restart now?</source>
        <translation>新语言将在 Netwright 下次启动时生效。现在重新启动吗？</translation>
    </message>
</context>
<context>
    <name>nw::MatrixHeatmap</name>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="23"/>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="24"/>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="180"/>
        <source>%1 %2 “%3”, %4 %5 “%6”: %7</source>
        <extracomment>Hover text of a heatmap cell: &quot;query 3 “a”, key 5 “b”: 0.2310&quot; (axis name, number, token; twice; the value)</extracomment>
        <translation>%1 %2“%3”，%4 %5“%6”：%7</translation>
    </message>
</context>
<context>
    <name>nw::NetworkGraphModel</name>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="95"/>
        <location filename="../core/model/NetworkGraphModel.cpp" line="97"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>不存在节点“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="99"/>
        <source>a node cannot feed its own input</source>
        <translation>节点不能连接到自己的输入</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="101"/>
        <source>there is no input port %1</source>
        <translation>不存在输入端口 %1</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="105"/>
        <source>%1 &apos;%2&apos; takes no inputs</source>
        <translation>%1“%2”不接受输入</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="108"/>
        <source>%1 &apos;%2&apos; has a single input port</source>
        <translation>%1“%2”只有一个输入端口</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="109"/>
        <source>%1 &apos;%2&apos; has input ports 0 to %3, not %4</source>
        <translation>%1“%2”的输入端口为 0 到 %3，不是 %4</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="113"/>
        <source>input %1 of &apos;%2&apos; is already connected to &apos;%3&apos;</source>
        <translation>“%2”的输入 %1 已连接到“%3”</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsHover</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="73"/>
        <source>%1: what each unit outputs over the plane</source>
        <translation>%1：每个单元在平面上的输出</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="75"/>
        <source>Train the network to see what each unit of this layer responds to.</source>
        <translation>训练网络后，即可看到这一层的每个单元对什么有反应。</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsPopup</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="39"/>
        <source>The first %1 of %2 units. Orange: negative, blue: positive.</source>
        <translation>%2 个单元中的前 %1 个。橙色：负，蓝色：正。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="40"/>
        <source>Orange: negative, blue: positive.</source>
        <translation>橙色：负，蓝色：正。</translation>
    </message>
</context>
<context>
    <name>nw::NodeInspector</name>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="69"/>
        <source>Select a layer to see and edit its parameters.</source>
        <translation>选择一个层以查看和编辑其参数。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="75"/>
        <source>Trainable</source>
        <translation>可训练</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="101"/>
        <source>L1 penalty on this layer&apos;s weights: pushes small weights to exactly zero</source>
        <translation>对本层权重的 L1 惩罚：把较小的权重压到正好为零</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="102"/>
        <source>L2 penalty (weight decay) on this layer&apos;s weights: keeps weights small</source>
        <translation>对本层权重的 L2 惩罚（权重衰减）：使权重保持较小</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="103"/>
        <source>Untick to freeze this layer&apos;s weights during training</source>
        <translation>取消勾选可在训练中冻结本层的权重</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="105"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="108"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="109"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="111"/>
        <source>Compiled</source>
        <translation>编译结果</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="113"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="114"/>
        <location filename="../widgets/graph/NodeInspector.cpp" line="123"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="115"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="117"/>
        <source>Imported: from File &gt; Import Weights; trained: by a run or from the project&apos;s weights file; initial: drawn from the seed. Start keeps imported and trained weights.</source>
        <translation>导入：通过“文件 &gt; 导入权重”；训练：由一次训练或项目的权重文件得到；初始：由随机种子生成。开始训练会保留导入和训练的权重。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="211"/>
        <source>This layer type is unknown to this version of Netwright.</source>
        <translation>此版本的 Netwright 不认识这种层类型。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="223"/>
        <source>This layer has no parameters.</source>
        <translation>此层没有参数。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="276"/>
        <source>e.g. 1x28x28</source>
        <translation>例如 1x28x28</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="338"/>
        <source>not compiled yet</source>
        <translation>尚未编译</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="343"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="357"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="359"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="360"/>
        <source>trained</source>
        <translation>已训练</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="363"/>
        <source>initial (from the seed)</source>
        <translation>初始（由随机种子生成）</translation>
    </message>
</context>
<context>
    <name>nw::NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="74"/>
        <source>no %1</source>
        <translation>无 %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="124"/>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="145"/>
        <source>%1 params</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="167"/>
        <source>%1 · output</source>
        <translation>%1 · 输出</translation>
    </message>
</context>
<context>
    <name>nw::PathEdit</name>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>nw::PrecisionRecallPanel</name>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="73"/>
        <source>Macro average precision %1</source>
        <translation>宏平均精确率 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="89"/>
        <source>Precision-recall curves are for classifiers with at least two classes.</source>
        <translation>精确率-召回率曲线适用于至少有两个类别的分类器。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="90"/>
        <source>Evaluate the trained model to see its precision-recall curves.</source>
        <translation>评估训练好的模型以查看其精确率-召回率曲线。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="99"/>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="102"/>
        <source>%1 (AP %2)</source>
        <translation>%1（AP %2）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="105"/>
        <source>Micro average (AP %1)</source>
        <translation>微平均（AP %1）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="108"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="109"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="140"/>
        <source>none (recall 0)</source>
        <translation>无（召回率 0）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="142"/>
        <source>%1
Threshold: %2
Precision: %3
Recall: %4</source>
        <translation>%1
阈值：%2
精确率：%3
召回率：%4</translation>
    </message>
</context>
<context>
    <name>nw::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="19"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="25"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="26"/>
        <source>A new language applies when Netwright starts again.</source>
        <translation>新语言将在 Netwright 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>nw::PresentationMode</name>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="18"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="19"/>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>色盲友好配色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="25"/>
        <source>Larger text, thicker lines, high-contrast colours and only the main views: for a projector</source>
        <translation>更大的文字、更粗的线条、高对比度配色，只显示主要视图：适合投影仪</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="32"/>
        <source>Class colours that stay distinct with red-green or blue-yellow colour blindness (Okabe-Ito)</source>
        <translation>在红绿或蓝黄色盲下仍能区分的类别颜色（Okabe-Ito）</translation>
    </message>
</context>
<context>
    <name>nw::ProblemsPanel</name>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="51"/>
        <source>Click to show &apos;%1&apos; in the editor</source>
        <translation>点击在编辑器中显示“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No problems: every shape fits.</source>
        <translation>没有问题：所有形状都匹配。</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No network open.</source>
        <translation>没有打开的网络。</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionPage</name>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="17"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="22"/>
        <source>The layer whose outputs are projected.</source>
        <translation>对其输出进行投影的层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="23"/>
        <source>Project the layer again with the current weights.</source>
        <translation>用当前权重重新投影该层。</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="26"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="45"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>测试样本在某个隐藏层空间中的位置：每个簇就是该层归为一类的样本。</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionScatter</name>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="169"/>
        <source>PC 1 (%1% of the variance)</source>
        <translation>主成分 1（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="174"/>
        <source>PC 2 (%1% of the variance)</source>
        <translation>主成分 2（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="231"/>
        <source>wrong (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="249"/>
        <source>True: %1</source>
        <translation>真实：%1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="251"/>
        <source>Predicted: %1</source>
        <translation>预测：%1</translation>
    </message>
</context>
<context>
    <name>nw::RecentFiles</name>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="75"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="79"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionGallery</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="117"/>
        <source>Evaluate an autoencoder (data with task=reconstruction) to see its inputs beside its reconstructions.</source>
        <translation>评估一个自编码器（数据带有 task=reconstruction），即可看到输入与其重建并排显示。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="139"/>
        <source>#%1 · error %2
sample %3</source>
        <translation>#%1 · 误差 %2
样本 %3</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionPanel</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="30"/>
        <source>◀ Worse</source>
        <translation>◀ 更差</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="31"/>
        <source>Better ▶</source>
        <translation>更好 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="41"/>
        <source>The previous page: samples reconstructed worse</source>
        <translation>上一页：重建得更差的样本</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="42"/>
        <source>The next page: samples reconstructed better</source>
        <translation>下一页：重建得更好的样本</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="49"/>
        <source>Click anywhere on the latent space: the decoder turns that point into an image.</source>
        <translation>在潜在空间中任意点击：解码器会把该点变成一幅图像。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="50"/>
        <source>Each evaluated sample at its 2-unit bottleneck code, coloured by class. Click to decode a point.</source>
        <translation>每个被评估的样本位于其 2 单元瓶颈的编码处，按类别着色。点击可解码一个点。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="111"/>
        <source>The latent space is drawn for a chain of layers with a bottleneck: a layer narrower than both the input and the output.</source>
        <translation>潜在空间只为带瓶颈的层链绘制：瓶颈是比输入和输出都窄的层。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="115"/>
        <source>The latent space is drawn for a bottleneck of 2 units. This network&apos;s narrowest layer, &apos;%1&apos;, holds %2 values.</source>
        <translation>潜在空间只为 2 单元的瓶颈绘制。此网络最窄的层 &apos;%1&apos; 有 %2 个值。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="127"/>
        <source>Evaluate to see how well the network gives its inputs back.</source>
        <translation>点击评估，查看网络还原其输入的效果。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="130"/>
        <source>This data is not reconstruction data: set task=reconstruction in the dataset spec to train an autoencoder.</source>
        <translation>这不是重建数据：在数据集说明中设置 task=reconstruction 才能训练自编码器。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="135"/>
        <source>Reconstruction error (mean squared error per value): mean %1, worst %2, best %3; samples: %4.</source>
        <translation>重建误差（每个值的均方误差）：平均 %1，最差 %2，最好 %3；样本数：%4。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="141"/>
        <source>Denoising: each cell shows the noisy input (std %1), the reconstruction and the clean target.</source>
        <translation>去噪：每格显示带噪声的输入（标准差 %1）、重建结果和干净的目标。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="144"/>
        <source>Each cell shows the input and its reconstruction.</source>
        <translation>每格显示输入及其重建结果。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="153"/>
        <source>Page %1 of %2, worst first</source>
        <translation>第 %1 页，共 %2 页，最差的在前</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="202"/>
        <source>The decoder&apos;s image for the point (%1, %2) of the latent space.</source>
        <translation>解码器为潜在空间中点 (%1, %2) 生成的图像。</translation>
    </message>
</context>
<context>
    <name>nw::RecurrentPage</name>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="44"/>
        <source>Input gate i</source>
        <translation>输入门 i</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="46"/>
        <source>Forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="48"/>
        <source>Cell candidate g</source>
        <translation>候选细胞状态 g</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="50"/>
        <source>Output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="53"/>
        <source>Reset gate r</source>
        <translation>重置门 r</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="55"/>
        <source>Update gate z</source>
        <translation>更新门 z</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="57"/>
        <source>Candidate n</source>
        <translation>候选状态 n</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="73"/>
        <source>The recurrent layer whose states are shown</source>
        <translation>显示其状态的循环层</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="75"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="87"/>
        <source>Rows are units, columns the sample&apos;s steps: blue below zero, red above. Hover a cell for its value.</source>
        <translation>行是单元，列是样本的时间步：蓝色低于零，红色高于零。将鼠标悬停在单元格上查看其值。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="96"/>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="175"/>
        <source>Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step.</source>
        <translation>打开一个含有 SimpleRNN、LSTM 或 GRU 层的网络的样本，逐步查看其状态。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="174"/>
        <source>This network has no recurrent layer.</source>
        <translation>此网络没有循环层。</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="199"/>
        <source>Hidden state h of %1 (%2): units x steps</source>
        <translation>%1（%2）的隐藏状态 h：单元 x 时间步</translation>
    </message>
</context>
<context>
    <name>nw::RocPanel</name>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="78"/>
        <source>Samples whose probability of the positive class reaches the threshold are predicted positive.</source>
        <translation>正类概率达到阈值的样本被预测为正类。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="131"/>
        <source>ROC curves are for classifiers with at least two classes.</source>
        <translation>ROC 曲线适用于至少有两个类别的分类器。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="132"/>
        <source>Evaluate the trained model to see its ROC curves.</source>
        <translation>评估训练好的模型以查看其 ROC 曲线。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="140"/>
        <source>%1 vs %2 (AUC %3)</source>
        <translation>%1 对 %2（AUC %3）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="144"/>
        <source>%1 (AUC %2)</source>
        <translation>%1（AUC %2）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="146"/>
        <source>Micro average (AUC %1)</source>
        <translation>微平均（AUC %1）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="148"/>
        <source>Macro average (AUC %1)</source>
        <translation>宏平均（AUC %1）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="172"/>
        <source>False positive rate</source>
        <translation>假正率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="173"/>
        <source>True positive rate</source>
        <translation>真正率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="178"/>
        <source>Chance</source>
        <translation>随机水平</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="207"/>
        <source>Operating point</source>
        <translation>工作点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="225"/>
        <source>averaged, no single threshold</source>
        <translation>已平均，没有单一阈值</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="228"/>
        <source>above every score</source>
        <translation>高于所有分数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="230"/>
        <source>%1
Threshold: %2
TPR: %3
FPR: %4</source>
        <translation>%1
阈值：%2
TPR：%3
FPR：%4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="267"/>
        <source>Threshold on P(%1): %2 — TPR %3, FPR %4</source>
        <translation>P(%1) 的阈值：%2 — TPR %3，FPR %4</translation>
    </message>
</context>
<context>
    <name>nw::RunTimeline</name>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="16"/>
        <source>Branch from Here</source>
        <translation>从这里分支</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="23"/>
        <source>Rewind the model to an epoch of this run: the boundary, the evaluation and the explanations show it as it was then</source>
        <translation>把模型倒回本次运行的某个轮次：决策边界、评估和解释都显示它当时的样子</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="30"/>
        <source>Start a new run from the weights of the epoch shown, with the settings as they are now; it is kept as a branch of this run</source>
        <translation>用所显示轮次的权重和当前设置开始新的运行；它会作为本次运行的分支保存</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="90"/>
        <source>%1: epoch %2 (its end)</source>
        <translation>%1：第 %2 轮（结束时）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="91"/>
        <source>%1: rewound to epoch %2 of %3</source>
        <translation>%1：倒回到第 %2 轮（共 %3 轮）</translation>
    </message>
</context>
<context>
    <name>nw::RunsController</name>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="137"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="145"/>
        <location filename="../app/gui/RunsController.cpp" line="222"/>
        <source>The run could not be kept in runs/: %1</source>
        <translation>无法把这次运行保存到 runs/：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="211"/>
        <source>A run could not be read: %1</source>
        <translation>无法读取一次运行：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="233"/>
        <source>Epoch %1 of this run was not kept.</source>
        <translation>本次运行的第 %1 轮没有保留。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="238"/>
        <source>The model cannot be rewound while training runs.</source>
        <translation>训练进行时无法倒回模型。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="246"/>
        <source>The model is as %1 left it at epoch %2.</source>
        <translation>模型现在是 %1 在第 %2 轮时的样子。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="270"/>
        <source>A run needs a name.</source>
        <translation>运行需要一个名称。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="295"/>
        <source>Kept epochs for rewinding: %1 (at most %2 per run, %3 in all).</source>
        <translation>为倒回保留的轮次：%1（每次运行最多 %2，总共最多 %3）。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="309"/>
        <source>%1&apos;s epochs were let go to keep memory bounded (newer runs keep theirs): only its final weights are kept, in runs/.</source>
        <translation>为限制内存，%1 的各轮权重已释放（较新的运行保留自己的）：只保留了它的最终权重，在 runs/ 中。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="312"/>
        <source>%1 was trained before the project was opened: only its final weights are kept, in runs/.</source>
        <translation>%1 是在打开项目之前训练的：只保留了它的最终权重，在 runs/ 中。</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="314"/>
        <source>Train the network: every run is kept, and this timeline rewinds it epoch by epoch.</source>
        <translation>训练网络：每次运行都会保留，这条时间线可以逐轮倒回。</translation>
    </message>
</context>
<context>
    <name>nw::RunsPanel</name>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>What changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="68"/>
        <source>Overlay this run&apos;s curves on the charts</source>
        <translation>在图表上叠加本次运行的曲线</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="69"/>
        <source>The run and epoch this run continued from</source>
        <translation>本次运行接续的运行和轮次</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="122"/>
        <source>%1 (double-click to rename)</source>
        <translation>%1（双击重命名）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="123"/>
        <source>Not saved yet: kept in runs/ beside the project when it is saved.</source>
        <translation>尚未保存：项目保存时会存入项目旁的 runs/。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="126"/>
        <source>%1, epoch %2</source>
        <translation>%1，第 %2 轮</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="138"/>
        <source>No runs yet. Every training run is kept here with its settings and curves; tick Show to overlay runs on the charts, select two to compare them.</source>
        <translation>还没有运行。每次训练运行都会连同设置和曲线保存在这里；勾选“显示”可在图表上叠加，选中两次运行可进行比较。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="140"/>
        <source>%1 runs. Tick Show to overlay a run&apos;s curves; select two runs to compare them. %2</source>
        <translation>%1 次运行。勾选“显示”叠加曲线；选中两次运行进行比较。%2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="170"/>
        <source>Select two runs to see the settings and figures in which they differ.</source>
        <translation>选中两次运行，查看它们在哪些设置和数值上不同。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="172"/>
        <location filename="../widgets/panels/RunsPanel.cpp" line="183"/>
        <source>Setting or figure</source>
        <translation>设置或数值</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="180"/>
        <source>%1 and %2 ran with the same settings and ended alike.</source>
        <translation>%1 和 %2 使用相同的设置，结果也相同。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="182"/>
        <source>Where %1 and %2 differ:</source>
        <translation>%1 与 %2 的不同之处：</translation>
    </message>
</context>
<context>
    <name>nw::SampleGallery</name>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="45"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>点击矩阵中的单元格以查看其样本。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="78"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="79"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="89"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="91"/>
        <source> (%1, #%2)</source>
        <translation> (%1, #%2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="94"/>
        <source>True %1, predicted %2 (%3)</source>
        <translation>真实 %1，预测 %2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="96"/>
        <source>Loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/SampleGallery.cpp" line="100"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="102"/>
        <source>, the %1 most confident shown</source>
        <translation>，显示置信度最高的 %1 个</translation>
    </message>
</context>
<context>
    <name>nw::SampleInspector</name>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="33"/>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="34"/>
        <source>Why the network predicts what it does for this sample: open it in the Explain dock.</source>
        <translation>网络为何对该样本做出这样的预测：在“解释”面板中打开。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="71"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="84"/>
        <source>Click a sample in a gallery, a confusion cell or the decision boundary to inspect it.</source>
        <translation>点击图库中的样本、混淆矩阵的单元格或决策边界上的点来查看该样本。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="120"/>
        <source>Sample %1 was not part of this evaluation.</source>
        <translation>样本 %1 不在本次评估中。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="130"/>
        <source>Sample %1 of the %2 split</source>
        <translation>%2 部分的样本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="132"/>
        <source> — %1, #%2</source>
        <translation> — %1, #%2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="151"/>
        <source>The sample&apos;s tokens and the ids the network sees, padding left out.</source>
        <translation>样本的词元及网络看到的编号（不含填充）。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="170"/>
        <source>Values as the network sees them (tabular data is standardised).</source>
        <translation>网络所看到的值（表格数据已标准化）。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="179"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;correct&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2a7a2a&apos;&gt;正确&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="180"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;wrong&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;错误&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="181"/>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Loss on this sample: %5</source>
        <translation>真实类别：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;预测：&lt;b&gt;%2&lt;/b&gt;（%3，%4）&lt;br&gt;该样本的损失：%5</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="194"/>
        <source>Every position is classified; the bars show position 1.&lt;br&gt;True: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 of %4 positions right</source>
        <translation>每个位置都会被分类；条形图显示位置 1。&lt;br&gt;真实：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;预测：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%4 个位置中 %3 个正确</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="215"/>
        <source>Predicted: %1&lt;br&gt;Loss on this sample (squared error): %2</source>
        <translation>预测：%1&lt;br&gt;该样本的损失（平方误差）：%2</translation>
    </message>
</context>
<context>
    <name>nw::SampleTableModel</name>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="38"/>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>tokens (id)</source>
        <translation>词元（编号）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <source>class per position</source>
        <translation>每个位置的类别</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>nw::SaveLessonDialog</name>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="43"/>
        <source>Hide the layer palette</source>
        <translation>隐藏层面板</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="44"/>
        <source>Lock the network (no layer added, removed or reconnected)</source>
        <translation>锁定网络（不能添加、删除或重新连接层）</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="46"/>
        <source>Only these training settings may change:</source>
        <translation>只有这些训练设置可以更改：</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="50"/>
        <source>Save as Lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="54"/>
        <source>## First step
What to read and do…

## Second step
…</source>
        <translation>## 第一步
要阅读和要做的…

## 第二步
…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="56"/>
        <source>layer settings that stay editable, e.g. units, rate</source>
        <translation>仍可编辑的层设置，例如 units, rate</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="70"/>
        <source>Read a Markdown File…</source>
        <translation>读取 Markdown 文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="72"/>
        <source>Add Goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="75"/>
        <source>Remove Goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="78"/>
        <source>Steps (each &quot;## Title&quot; starts one)</source>
        <translation>步骤（每个“## 标题”开始一步）</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="82"/>
        <source>Locks</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="89"/>
        <source>Goals the program checks</source>
        <translation>程序检查的目标</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="108"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Read a Markdown File</source>
        <translation>读取 Markdown 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="135"/>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="188"/>
        <source>Accuracies as fractions: 0.95 is 95%</source>
        <translation>准确率用小数表示：0.95 即 95%</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="231"/>
        <source>Write the lesson&apos;s text first: each step starts with a line &quot;## Title&quot;.</source>
        <translation>请先写课程文本：每一步以一行“## 标题”开始。</translation>
    </message>
</context>
<context>
    <name>nw::SparsityChart</name>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="39"/>
        <source>Pruned</source>
        <translation>剪枝后</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="40"/>
        <source>Fine-tuned</source>
        <translation>微调后</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="41"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="49"/>
        <source>Magnitude pruning, no fine-tuning</source>
        <translation>按幅值剪枝，未微调</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="51"/>
        <source>Sparsity (%)</source>
        <translation>稀疏度（%）</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>nw::StepFormulas</name>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="30"/>
        <source>(%1 more terms)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="76"/>
        <source>%1 values: the formula for output %2 (the highlighted one); the strip shows them all.</source>
        <translation>共 %1 个值：这里写出第 %2 个输出（高亮的那个）的公式；色条显示全部值。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="28"/>
        <source>Forward: %1</source>
        <translation>前向：%1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="30"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="32"/>
        <source>Backward: %1</source>
        <translation>反向：%1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="34"/>
        <source>Update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="113"/>
        <source>The sample enters the network: %1 values.</source>
        <translation>样本进入网络：%1 个值。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="122"/>
        <source>Its class: %1</source>
        <translation>它的类别：%1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="142"/>
        <source>%1 turns its input into %2 values; the strip and the card show them.</source>
        <translation>%1 把输入变成 %2 个值；色条和卡片上显示它们。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="190"/>
        <source>&lt;b&gt;Dropout&lt;/b&gt; (training mode): each value is kept and scaled, or set to 0.</source>
        <translation>&lt;b&gt;Dropout&lt;/b&gt;（训练模式）：每个值要么保留并缩放，要么置为 0。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="191"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes every value on unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 原样传递每个值。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="263"/>
        <source>&lt;b&gt;Convolution&lt;/b&gt;: each output is the bias plus the sum over a %1×%2 window of all %3 input channels, weight times input.</source>
        <translation>&lt;b&gt;卷积&lt;/b&gt;：每个输出等于偏置加上在全部 %3 个输入通道的 %1×%2 窗口上“权重乘输入”的总和。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="268"/>
        <source>Output channel %1, row %2, column %3 (highlighted):</source>
        <translation>输出通道 %1，第 %2 行，第 %3 列（高亮）：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="289"/>
        <source>&lt;b&gt;Cross-entropy&lt;/b&gt;: softmax turns the scores into probabilities, and the loss is minus the log of the true class&apos;s probability.</source>
        <translation>&lt;b&gt;交叉熵&lt;/b&gt;：softmax 把分数变成概率，损失是真实类别概率的对数取负。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="294"/>
        <source>True class: %1 (output %2)</source>
        <translation>真实类别：%1（第 %2 个输出）</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="303"/>
        <source>With label smoothing ε = %1 the target keeps 1 − ε on the true class and spreads ε evenly over all %2 classes.</source>
        <translation>使用标签平滑 ε = %1 时，目标在真实类别上保留 1 − ε，并把 ε 平均分给全部 %2 个类别。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="319"/>
        <source>&lt;b&gt;Mean squared error&lt;/b&gt;: the mean of the squared differences from the target.</source>
        <translation>&lt;b&gt;均方误差&lt;/b&gt;：与目标之差的平方的平均值。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="323"/>
        <source>&lt;b&gt;Binary cross-entropy&lt;/b&gt; on the sigmoid of each score:</source>
        <translation>对每个分数的 sigmoid 计算&lt;b&gt;二元交叉熵&lt;/b&gt;：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="330"/>
        <source>Plus the L1/L2 penalty on the weights: %1; the loss trained on is %2.</source>
        <translation>再加上权重的 L1/L2 惩罚：%1；训练所用的损失是 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="70"/>
        <source>The loss&apos;s gradient at the scores: the probability minus the smoothed target, %1 at the true class and %2 elsewhere (label smoothing %3).</source>
        <translation>损失在得分处的梯度：概率减去平滑后的目标，真实类别为 %1，其他为 %2（标签平滑 %3）。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="75"/>
        <source>The loss&apos;s gradient at the scores: the probability minus 1 at the true class, minus 0 elsewhere.</source>
        <translation>损失对分数的梯度：真实类别处为概率减 1，其他处为概率减 0。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="89"/>
        <source>The loss&apos;s gradient at the network&apos;s output:</source>
        <translation>损失对网络输出的梯度：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="94"/>
        <source>The gradient that arrives at this node&apos;s output from the layers after it:</source>
        <translation>从后面的层传回到此节点输出的梯度：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="101"/>
        <source>This is the gradient at the input: how the loss would change with each input value (what a saliency map shows).</source>
        <translation>这是输入处的梯度：损失随每个输入值如何变化（显著性图显示的就是它）。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="112"/>
        <source>&lt;b&gt;Chain rule for y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</source>
        <translation>&lt;b&gt;y = W·x + b 的链式法则&lt;/b&gt;：∂L/∂W = ∂L/∂y · xᵀ，∂L/∂b = ∂L/∂y，∂L/∂x = Wᵀ · ∂L/∂y。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="133"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes the gradient back unchanged, in the input&apos;s shape.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 把梯度原样传回，形状与输入相同。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="146"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</source>
        <translation>&lt;b&gt;链式法则&lt;/b&gt;：∂L/∂x = ∂L/∂y · f′(x)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="148"/>
        <source>&lt;b&gt;Chain rule through tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</source>
        <translation>&lt;b&gt;经过 tanh 的链式法则&lt;/b&gt;：∂L/∂x = ∂L/∂y · (1 − y²)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="150"/>
        <source>&lt;b&gt;Chain rule through ReLU&lt;/b&gt;: the gradient passes where x &gt; 0 and stops elsewhere.</source>
        <translation>&lt;b&gt;经过 ReLU 的链式法则&lt;/b&gt;：x &gt; 0 处梯度通过，其他处梯度为零。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="152"/>
        <source>&lt;b&gt;Chain rule through σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</source>
        <translation>&lt;b&gt;经过 σ 的链式法则&lt;/b&gt;：∂L/∂x = ∂L/∂y · y(1 − y)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="163"/>
        <source>&lt;b&gt;Chain rule for a convolution&lt;/b&gt;: each weight&apos;s gradient sums ∂L/∂y times the input it met, over every position of the window; each bias&apos;s gradient sums ∂L/∂y over its channel.</source>
        <translation>&lt;b&gt;卷积的链式法则&lt;/b&gt;：每个权重的梯度是窗口每个位置上 ∂L/∂y 乘以它遇到的输入之和；每个偏置的梯度是其通道上 ∂L/∂y 之和。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="176"/>
        <source>%1: %2 gradients (the update stage shows them).</source>
        <translation>%1：%2 个梯度（更新步骤中显示）。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="181"/>
        <source>Parameter gradients include the L1/L2 penalty&apos;s share and any clipping (the update uses them so).</source>
        <translation>参数梯度包含 L1/L2 惩罚的部分以及可能的裁剪（更新就用这些梯度）。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="194"/>
        <source>&lt;b&gt;SGD&lt;/b&gt;: each parameter moves against its gradient, by the learning rate %1.</source>
        <translation>&lt;b&gt;SGD&lt;/b&gt;：每个参数沿梯度的反方向移动，学习率为 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="197"/>
        <source>&lt;b&gt;SGD with momentum %1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;带动量 %1 的 SGD&lt;/b&gt;，学习率 %2：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, step t = %2, learning rate %3, β₁ = %4, β₂ = %5:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 t = %2 步，学习率 %3，β₁ = %4，β₂ = %5：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="208"/>
        <source>On the first step the moments start at 0, so each weight moves by about the learning rate, against the sign of its gradient.</source>
        <translation>第一步时动量从 0 开始，所以每个权重大约移动一个学习率，方向与其梯度的符号相反。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，学习率 %2：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="228"/>
        <source>step %1</source>
        <translation>步长 %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="233"/>
        <source>The gradients were clipped: their norm %1 was above the limit.</source>
        <translation>梯度已被裁剪：其范数 %1 超过了上限。</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughController</name>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="36"/>
        <source>Previous Step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="37"/>
        <source>Next Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="38"/>
        <source>Step Through</source>
        <translation>单步演示</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="49"/>
        <source>Walk one training step on the sample open in Explain through the network, node by node: forward, loss, backward, update</source>
        <translation>用“解释”中打开的样本，逐个节点演示一次训练：前向、损失、反向、更新</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="130"/>
        <source>Preparing the network…</source>
        <translation>正在准备网络…</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="134"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>此样本（%1）与网络的输入（%2）不匹配。</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>未训练：由种子生成的初始权重</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>trained weights</source>
        <translation>已训练的权重</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="181"/>
        <source>This sample cannot be stepped through: %1</source>
        <translation>无法单步演示此样本：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="223"/>
        <source>Apply Step is off while the network trains.</source>
        <translation>网络训练期间不能“应用此步”。</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="225"/>
        <source>The step was applied: the network&apos;s weights changed. Undo Apply puts back the weights of before.</source>
        <translation>此步已应用：网络的权重已改变。“撤销应用”会恢复之前的权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="227"/>
        <source>Apply Step writes this update into the network&apos;s weights, as one training step on this sample.</source>
        <translation>“应用此步”会把这次更新写入网络的权重，相当于用此样本训练一步。</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughOverlay</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughOverlay.cpp" line="113"/>
        <source>step of %1</source>
        <translation>%1 的步长</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughPanel</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="24"/>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="25"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="26"/>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="31"/>
        <source>Apply Step</source>
        <translation>应用此步</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="32"/>
        <source>Undo Apply</source>
        <translation>撤销应用</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="39"/>
        <source>Evaluation mode</source>
        <translation>评估模式</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="40"/>
        <source>Training mode (dropout and batch statistics on)</source>
        <translation>训练模式（启用 dropout 和批统计）</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="44"/>
        <source>largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="45"/>
        <source>The output whose formula is written out when a layer has too many to show them all.</source>
        <translation>当一层的输出太多、无法全部显示时，写出哪个输出的公式。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="59"/>
        <source>Highlighted output:</source>
        <translation>高亮输出：</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="129"/>
        <source>Click a sample (the decision boundary, the confusion matrix&apos;s gallery, the dataset preview or the Sample dock) to walk one training step through the network.</source>
        <translation>点击一个样本（决策边界、混淆矩阵的图库、数据集预览或样本面板），逐步查看一次训练在网络中的过程。</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="208"/>
        <source>%1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>nw::TokenSourcePage</name>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="39"/>
        <source>Lower-case the text first</source>
        <translation>先将文本转为小写</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="49"/>
        <source>Parity of a bit string</source>
        <translation>比特串的奇偶性</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="50"/>
        <source>Which of two tokens occurs more often</source>
        <translation>两个词元中哪个出现得更多</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="51"/>
        <source>Reverse the sequence (a class per position)</source>
        <translation>反转序列（每个位置一个类别）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="52"/>
        <source>Sort the sequence (a class per position)</source>
        <translation>排序序列（每个位置一个类别）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="53"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="54"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="71"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="55"/>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="56"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="85"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="59"/>
        <source>Choose labelled texts</source>
        <translation>选择带标签的文本</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="60"/>
        <source>Texts (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>文本 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="62"/>
        <source>A CSV table with a text column and a label column, or lines LABEL&lt;tab&gt;TEXT.</source>
        <translation>含文本列和标签列的 CSV 表格，或每行 LABEL&lt;tab&gt;TEXT。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="63"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Text column:</source>
        <translation>文本列：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Empty: the first column that is not the label.</source>
        <translation>留空：第一个不是标签的列。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Empty: the last column.</source>
        <translation>留空：最后一列。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="68"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="69"/>
        <source>Words</source>
        <translation>单词</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="70"/>
        <source>Tokens:</source>
        <translation>词元：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="72"/>
        <source>Vocabulary:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="73"/>
        <source>So that &quot;The&quot; and &quot;the&quot; are one token.</source>
        <translation>这样 “The” 和 “the” 是同一个词元。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="76"/>
        <source>Choose the folder of word lists</source>
        <translation>选择词表文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="78"/>
        <source>Debian installs its word lists in /usr/share/dict.</source>
        <translation>Debian 将词表安装在 /usr/share/dict。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="79"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Two or more, separated by commas: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</source>
        <translation>两种或以上，用逗号分隔：danish, dutch, english, french, german, italian, portuguese, spanish, swedish。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="83"/>
        <source>Words per language:</source>
        <translation>每种语言的单词数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="84"/>
        <source>Longest word:</source>
        <translation>最长单词：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="86"/>
        <source>German nouns start with a capital: lower-case them, or the model learns only that.</source>
        <translation>德语名词首字母大写：请转为小写，否则模型只会学到这一点。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="110"/>
        <source>every token</source>
        <translation>全部词元</translation>
    </message>
</context>
<context>
    <name>nw::TrainingChartsWidget</name>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="111"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="112"/>
        <source>Show the loss on a logarithmic axis, where late, small improvements stay visible</source>
        <translation>在对数坐标轴上显示损失，后期的微小改进仍清晰可见</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="117"/>
        <source>Save the charts as a picture, or the numbers behind them as CSV</source>
        <translation>把图表保存为图片，或把其背后的数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="120"/>
        <source>Charts as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="122"/>
        <source>Charts as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="124"/>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="134"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="136"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="147"/>
        <source>Train, per batch</source>
        <translation>训练，每批</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="137"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="148"/>
        <source>Train, epoch</source>
        <translation>训练，每轮</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="138"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="149"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="139"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="150"/>
        <source>Train, smoothed</source>
        <translation>训练，平滑</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="143"/>
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="155"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="156"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="167"/>
        <source>Press Train to see the loss fall.

Loss, accuracy and learning rate appear here while the network learns.</source>
        <translation>按“训练”观察损失下降。

网络学习时，损失、准确率和学习率会显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="211"/>
        <source>Epoch</source>
        <translation>训练轮</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="348"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="350"/>
        <source>%1: training</source>
        <translation>%1：训练</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="349"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="351"/>
        <source>%1: validation</source>
        <translation>%1：验证</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="507"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="513"/>
        <source>Epoch %1
%2: %3</source>
        <translation>第 %1 轮
%2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="531"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="543"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="558"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="551"/>
        <source>Training charts</source>
        <translation>训练图表</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="552"/>
        <source>Loss, accuracy and learning rate, exported from Netwright</source>
        <translation>从 Netwright 导出的损失、准确率和学习率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="571"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="572"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="573"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="574"/>
        <source>Export training charts</source>
        <translation>导出训练图表</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="575"/>
        <source>training.%1</source>
        <translation>training.%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="585"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>nw::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Loading the data: %1 of %2 files…</source>
        <translation>正在加载数据：%1 / %2 个文件…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="68"/>
        <source>&amp;Start Training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="70"/>
        <source>Train the network with the project&apos;s settings, from its imported or trained weights where it has them and the seed&apos;s elsewhere</source>
        <translation>按项目设置训练网络：有导入或训练权重的层从这些权重开始，其余层使用随机种子生成的权重</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="72"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="74"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="76"/>
        <source>Step &amp;One Batch</source>
        <translation>单步训练一批(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="78"/>
        <source>Train exactly one more batch, then pause</source>
        <translation>再训练正好一批，然后暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="79"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="81"/>
        <source>Reset &amp;Weights</source>
        <translation>重置权重(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="83"/>
        <source>Forget the trained weights: back to the seed&apos;s initial weights</source>
        <translation>丢弃训练好的权重：回到由种子决定的初始权重</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="140"/>
        <source>Loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="157"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>网络存在问题；请查看“问题”面板。</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="172"/>
        <source>The pruned weights no longer fit the network: prune it again.</source>
        <translation>剪枝后的权重已不再适合该网络：请重新剪枝。</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="207"/>
        <source>Training could not be started.</source>
        <translation>无法开始训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="212"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="213"/>
        <source>Training… (%1)</source>
        <translation>正在训练…（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="227"/>
        <source>Training cancelled.</source>
        <translation>训练已取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="265"/>
        <source>The weights are back at their initial values.</source>
        <translation>权重已恢复为初始值。</translation>
    </message>
</context>
<context>
    <name>nw::TrainingHistory</name>
    <message>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="205"/>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nw::TrainingProgressWidget</name>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="63"/>
        <source>Epoch 1/%1</source>
        <translation>第 1/%1 轮</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="78"/>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>第 %1/%2 轮 · 第 %3/%4 批</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="86"/>
        <source> · %1 left</source>
        <translation> · 剩余 %1</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSession</name>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="112"/>
        <source>The weights cannot be reset while training runs.</source>
        <translation>训练进行中，无法重置权重。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="114"/>
        <source>There is no network to reset.</source>
        <translation>没有可重置的网络。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="136"/>
        <source>Other weights cannot be shown while training runs.</source>
        <translation>训练进行时无法显示其他权重。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="138"/>
        <source>There is no trained network to show them on.</source>
        <translation>没有可以显示它们的已训练网络。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="181"/>
        <source>The project cannot be saved with its weights while training runs.</source>
        <translation>训练进行中，无法连同权重保存项目。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="185"/>
        <source>Nothing has been trained in this session.</source>
        <translation>本次会话尚未训练任何内容。</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="339"/>
        <source>Training failed with an unknown error.</source>
        <translation>训练因未知错误而失败。</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSettingsDock</name>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="111"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="115"/>
        <source>Cross-entropy (classes)</source>
        <translation>交叉熵（分类）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="116"/>
        <source>Mean squared error (regression)</source>
        <translation>均方误差（回归）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="117"/>
        <source>Binary cross-entropy with logits</source>
        <translation>带 logits 的二元交叉熵</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="120"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="153"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="219"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="121"/>
        <source>Moves a little of each target&apos;s probability to the other classes, so the network is less sure of itself.</source>
        <translation>把每个目标的一小部分概率分给其他类别，使网络不那么过度自信。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="123"/>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="124"/>
        <source>Label smoothing:</source>
        <translation>标签平滑：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="134"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="138"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="139"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="140"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="141"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="143"/>
        <source>How big a step each batch takes. The arrows step 1, 2, 5, 10…</source>
        <translation>每一批迈出的步子有多大。箭头按 1、2、5、10… 递进。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="145"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="147"/>
        <source>Looks ahead along the momentum; needs a momentum above 0.</source>
        <translation>沿动量方向向前看一步；需要动量大于 0。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="154"/>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="155"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="156"/>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="158"/>
        <source>Beta 1:</source>
        <translation>Beta 1：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="159"/>
        <source>Beta 2:</source>
        <translation>Beta 2：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="160"/>
        <source>Epsilon:</source>
        <translation>Epsilon：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="161"/>
        <source>Alpha (smoothing):</source>
        <translation>Alpha（平滑）：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="162"/>
        <source>Weight decay:</source>
        <translation>权重衰减：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="192"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="196"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="197"/>
        <source>Step (multiply every few epochs)</source>
        <translation>阶梯（每隔几轮乘一次）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="198"/>
        <source>Exponential (multiply every epoch)</source>
        <translation>指数（每轮乘一次）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="199"/>
        <source>Cosine (down to a minimum)</source>
        <translation>余弦（降到最小值）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="203"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="294"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="209"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>学习率所乘的系数。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="213"/>
        <source>All epochs of the run</source>
        <translation>本次运行的全部轮次</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="220"/>
        <source>Epochs over which the learning rate rises from 0 to its value at the start.</source>
        <translation>学习率从 0 升到初始值所用的轮数。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="221"/>
        <source>Schedule:</source>
        <translation>调度：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="222"/>
        <source>Every:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="223"/>
        <source>Factor (gamma):</source>
        <translation>系数（gamma）：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="224"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="225"/>
        <source>Minimum rate:</source>
        <translation>最小学习率：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="226"/>
        <source>Warm-up epochs:</source>
        <translation>预热轮数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="244"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="255"/>
        <source>Initial weights, batch order and dropout: the same seed gives the same run.</source>
        <translation>初始权重、批次顺序和 dropout：相同的种子得到相同的运行结果。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="259"/>
        <source>All cores (%1)</source>
        <translation>全部核心（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="265"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="266"/>
        <source>Scales the gradients down when their overall length exceeds this; tames exploding gradients.</source>
        <translation>当梯度的总长度超过此值时将其缩小；抑制梯度爆炸。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="268"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="269"/>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="270"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="271"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="272"/>
        <source>Gradient clipping:</source>
        <translation>梯度裁剪：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="287"/>
        <source>Stop early when validation loss stops improving</source>
        <translation>验证损失不再改善时提前停止</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="300"/>
        <source>A smaller drop of the validation loss does not count as improving.</source>
        <translation>验证损失的下降小于此值时不算改善。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="301"/>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>保留最佳一轮的权重</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="303"/>
        <source>Patience:</source>
        <translation>耐心轮数：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="304"/>
        <source>Minimum improvement:</source>
        <translation>最小改善：</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="337"/>
        <source>Epoch %1 of %2</source>
        <translation>第 %1 轮，共 %2 轮</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="341"/>
        <source>Batch %1 of %2</source>
        <translation>第 %1 批，共 %2 批</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="342"/>
        <source>About %1 left</source>
        <translation>大约剩余 %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="343"/>
        <source>Estimating the time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="352"/>
        <source>Not training</source>
        <translation>未在训练</translation>
    </message>
</context>
<context>
    <name>nw::WeightsFit</name>
    <message>
        <location filename="../app/gui/WeightsFit.cpp" line="22"/>
        <source>the network has errors, so no weights can be checked against it; fix them first</source>
        <translation>网络有错误，因此无法用它检查权重；请先修正这些错误</translation>
    </message>
</context>
<context>
    <name>nw::WeightsImporter</name>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="29"/>
        <source>Import Weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="30"/>
        <source>Projects and weights (*.nwproj *.safetensors);;All files (*)</source>
        <translation>项目和权重 (*.nwproj *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="40"/>
        <source>Stop training before importing weights.</source>
        <translation>请先停止训练再导入权重。</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="45"/>
        <source>The network has problems; fix them before importing weights:
%1</source>
        <translation>网络存在问题，请先修正再导入权重：
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="51"/>
        <source>Cannot import weights</source>
        <translation>无法导入权重</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="65"/>
        <source>Imported weights from %1 for %2; Start keeps them.</source>
        <translation>已从 %1 为 %2 导入权重；开始训练会保留它们。</translation>
    </message>
</context>
</TS>
