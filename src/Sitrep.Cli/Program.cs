using Sitrep.Cli.Commands;

return SitrepCli.Run(args);
